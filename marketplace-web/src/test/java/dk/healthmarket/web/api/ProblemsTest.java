package dk.healthmarket.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.healthmarket.account.InvalidCredentialsException;
import dk.healthmarket.account.TooManyAttemptsException;
import dk.healthmarket.shared.AuthenticationRequiredException;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.shared.PermissionDeniedException;
import dk.healthmarket.shared.StaleVersionException;
import dk.healthmarket.shared.Text;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLDataException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void invalidInputIsA400WithItsFields() {
        var answer = Problems.from(new InvalidInputException("cvr", Text.of("organisation.cvrRequired")));
        assertEquals(400, answer.problem().status());
        assertEquals("urn:healthmarket:problem:validation", answer.problem().type());
        assertEquals(List.of(new Problem.Field("cvr", "a company must have a CVR number")), answer.problem().fields());
    }

    @Test
    void domainRefusalsMapToTheirStatuses() {
        assertEquals(401, status(new AuthenticationRequiredException()));
        assertEquals(401, status(new InvalidCredentialsException()));
        assertEquals(403, status(new PermissionDeniedException(Text.of("permission.role", "ADMIN"))));
        assertEquals(404, status(new NotFoundException("Organisation", 7)));
        assertEquals(409, status(new ConflictException(Text.of("user.disableSelf"))));
        assertEquals(412, status(new StaleVersionException("Organisation", 7, 1, 2)));
    }

    @Test
    void aDomainRefusalWrappedByTheContainerIsStillFound() {
        var wrapped = new RuntimeException("transaction rolled back", new PermissionDeniedException(Text.of("permission.role", "ADMIN")));
        var answer = Problems.from(wrapped);
        assertEquals(403, answer.problem().status());
        assertEquals("This needs the role ADMIN.", answer.problem().detail());
    }

    @Test
    void aConflictOnAFieldNamesIt() {
        var answer = Problems.from(new ConflictException("email", Text.of("user.duplicateEmail", "a@b.dk")));
        assertEquals(List.of(new Problem.Field("email", "A user with the e-mail a@b.dk already exists.")), answer.problem().fields());
    }

    @Test
    void unauthenticatedAnswersSayHowToAuthenticate() {
        assertEquals(Map.of("WWW-Authenticate", "Bearer"), Problems.from(new AuthenticationRequiredException()).headers());
    }

    @Test
    void throttledLoginsSayWhenToRetry() {
        var answer = Problems.from(new TooManyAttemptsException(Duration.ofSeconds(90)));
        assertEquals(429, answer.problem().status());
        assertEquals(Map.of("Retry-After", "90"), answer.headers());
    }

    @Test
    void aMissingIfMatchIs428() {
        assertEquals(428, status(assertThrowsRefusal(() -> Versions.expected(null))));
    }

    @Test
    void aConcurrentUpdateCaughtByJpaIs412() {
        assertEquals(412, status(new PersistenceException(new OptimisticLockException("row changed"))));
    }

    @Test
    void malformedJsonIs400() {
        assertEquals("urn:healthmarket:problem:malformed-body",
                Problems.from(new RuntimeException(new JsonbException("Unexpected char 98 at (line no=1, column no=2)"))).problem().type());
    }

    @Test
    void aLostDatabaseIs503WithRetryAfter() {
        var lost = new PersistenceException("Exception [EclipseLink-4002]",
                new SQLNonTransientConnectionException("Socket fail to connect to host:127.0.0.1, port:3306", "08000"));
        var answer = Problems.from(lost);
        assertEquals(503, answer.problem().status());
        assertEquals("5", answer.headers().get("Retry-After"));
        assertFalse(answer.problem().detail().contains("3306"));
    }

    @Test
    void aUniqueKeyRaceIs409() {
        assertEquals(409, status(new PersistenceException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
    }

    @Test
    void aValueTheDatabaseRefusesIs400NotA500() {
        var tooLong = new PersistenceException(new SQLDataException("Data too long for column 'detail' at row 1", "22001"));
        var answer = Problems.from(tooLong);
        assertEquals(400, answer.problem().status());
        assertFalse(answer.problem().detail().contains("detail"));
    }

    @Test
    void anythingElseIs500WithAnIncidentAndNoInternals() {
        var answer = Problems.from(new IllegalStateException("secret internals at com.example.Foo"));
        assertEquals(500, answer.problem().status());
        assertFalse(answer.problem().detail().contains("secret"));
        assertTrue(answer.problem().detail().matches("Something went wrong on our side\\. The incident is logged as [0-9a-f-]{36}\\."));
        assertNull(answer.problem().fields());
    }

    private static int status(RuntimeException e) {
        return Problems.from(e).problem().status();
    }

    private static RuntimeException assertThrowsRefusal(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException refused) {
            return refused;
        }
        throw new AssertionError("expected a refusal");
    }
}
