package dk.healthmarket.web.api;

import dk.healthmarket.account.InvalidCredentialsException;
import dk.healthmarket.account.TooManyAttemptsException;
import dk.healthmarket.shared.AuthenticationRequiredException;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.DomainException;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.shared.PermissionDeniedException;
import dk.healthmarket.shared.StaleVersionException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns anything a request can end in into the problem the client gets. The one error mapping. */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    /** A problem with the headers that belong to it (Retry-After, Allow, WWW-Authenticate). */
    public record Answer(Problem problem, Map<String, String> headers) {

        static Answer of(Problem problem) {
            return new Answer(problem, Map.of());
        }
    }

    private Problems() {
    }

    public static Answer from(Throwable thrown) {
        Optional<DomainException> domain = cause(thrown, DomainException.class);
        if (domain.isPresent()) {
            return fromDomain(domain.get());
        }
        Optional<ConstraintViolationException> invalid = cause(thrown, ConstraintViolationException.class);
        if (invalid.isPresent()) {
            List<Problem.Field> fields = fieldErrors(invalid.get().getConstraintViolations());
            return Answer.of(Problem.of(400, "validation", "Invalid input", describe(fields)).withFields(fields));
        }
        if (cause(thrown, NoContentException.class).isPresent()) {
            return Answer.of(Problem.of(400, "missing-body", "Missing request body", "This operation needs a JSON request body."));
        }
        if (thrown instanceof WebApplicationException web && !(thrown.getCause() instanceof JsonbException)
                && !(thrown.getCause() instanceof JsonParsingException)) {
            return fromHttp(web);
        }
        if (cause(thrown, JsonbException.class).isPresent() || cause(thrown, JsonParsingException.class).isPresent()
                || thrown instanceof ProcessingException) {
            return Answer.of(Problem.of(400, "malformed-body", "Malformed request body",
                    "The request body is not valid JSON of the shape this operation takes; see /openapi."));
        }
        if (cause(thrown, OptimisticLockException.class).isPresent()) {
            return Answer.of(Problem.of(412, "stale-version", "Changed by someone else",
                    "The object was changed by someone else while you changed it. Reload it and apply your change again."));
        }
        if (databaseUnavailable(thrown)) {
            LOG.warning(() -> "Database unavailable: " + thrown);
            return new Answer(Problem.of(503, "unavailable", "Service unavailable",
                    "The database cannot be reached just now. Try again shortly."), Map.of("Retry-After", "5"));
        }
        if (cause(thrown, SQLIntegrityConstraintViolationException.class).isPresent()) {
            return Answer.of(Problem.of(409, "conflict", "Conflict", "The change conflicts with data that already exists."));
        }
        if (sqlState(thrown).filter(state -> state.startsWith("22")).isPresent()) {
            LOG.warning(() -> "The database refused a value that passed validation: " + thrown);
            return Answer.of(Problem.of(400, "invalid-data", "Invalid data",
                    "A value is too long or not of the right kind for where it is stored."));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, thrown);
        return Answer.of(Problem.of(500, "internal", "Internal error",
                "Something went wrong on our side. The incident is logged as " + incident + "."));
    }

    private static Answer fromDomain(DomainException e) {
        if (e instanceof InvalidInputException invalid) {
            return Answer.of(Problem.of(400, "validation", "Invalid input", e.getMessage())
                    .withFields(invalid.errors().stream().map(f -> new Problem.Field(f.field(), f.message())).toList()));
        }
        if (e instanceof AuthenticationRequiredException || e instanceof InvalidCredentialsException) {
            return new Answer(Problem.unauthorized(e.getMessage()), Map.of("WWW-Authenticate", "Bearer"));
        }
        if (e instanceof PermissionDeniedException) {
            return Answer.of(Problem.of(403, "forbidden", "Forbidden", e.getMessage()));
        }
        if (e instanceof NotFoundException) {
            return Answer.of(Problem.of(404, "not-found", "Not found", e.getMessage()));
        }
        if (e instanceof ConflictException conflict) {
            Problem problem = Problem.of(409, "conflict", "Conflict", e.getMessage());
            return Answer.of(conflict.field().map(f -> problem.withFields(List.of(new Problem.Field(f, e.getMessage())))).orElse(problem));
        }
        if (e instanceof StaleVersionException) {
            return Answer.of(Problem.of(412, "stale-version", "Changed by someone else", e.getMessage()));
        }
        if (e instanceof Versions.PreconditionRequired) {
            return Answer.of(Problem.of(428, "precondition-required", "If-Match required", e.getMessage()));
        }
        if (e instanceof TooManyAttemptsException throttled) {
            return new Answer(Problem.of(429, "too-many-attempts", "Too many attempts", e.getMessage()),
                    Map.of("Retry-After", String.valueOf(throttled.retryAfterSeconds())));
        }
        return Answer.of(Problem.of(400, "refused", "Request refused", e.getMessage()));
    }

    private static Answer fromHttp(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotAllowedException notAllowed) {
            String allowed = String.join(", ", notAllowed.getResponse().getAllowedMethods());
            return new Answer(Problem.of(405, "method-not-allowed", "Method not allowed",
                    "This resource does not take that method. Allowed: " + allowed + "."), Map.of("Allow", allowed));
        }
        if (e instanceof NotSupportedException) {
            return Answer.of(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the request body as application/json."));
        }
        return Answer.of(switch (status) {
            case 404 -> Problem.of(404, "not-found", "Not found", "There is no resource at this address.");
            case 406 -> Problem.of(406, "not-acceptable", "Not acceptable", "This resource answers in application/json.");
            case 400 -> Problem.of(400, "bad-request", "Bad request", "A parameter of the request could not be read.");
            default -> Problem.of(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(),
                    "The request could not be processed.");
        });
    }

    /** Field names as the client sent them: the method and parameter of a service call are dropped. */
    static List<Problem.Field> fieldErrors(Set<ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Problem.Field(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Field::field).thenComparing(Problem.Field::message))
                .toList();
    }

    /** The field a violation is about, as the client named it: the service method and parameter are dropped. */
    public static String fieldName(ConstraintViolation<?> violation) {
        return fieldName(violation.getPropertyPath());
    }

    /** The path as a client writes it: {@code lots[0].title}, {@code additionalCpv[1]}, or the parameter's name. */
    private static String fieldName(Path path) {
        List<String> segments = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
                    if (node.isInIterable() && node.getIndex() != null && !segments.isEmpty()) {
                        segments.set(segments.size() - 1, segments.get(segments.size() - 1) + "[" + node.getIndex() + "]");
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        segments.add(node.getName());
                    }
                }
                default -> { }
            }
        }
        return !segments.isEmpty() ? String.join(".", segments) : parameter == null ? "body" : parameter;
    }

    private static String describe(List<Problem.Field> fields) {
        return fields.size() == 1 ? fields.get(0).field() + " " + fields.get(0).message()
                : "The request has " + fields.size() + " invalid fields.";
    }

    private static boolean databaseUnavailable(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || (t.getMessage() != null && t.getMessage().contains("Error in allocating a connection"))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> sqlState(Throwable thrown) {
        return cause(thrown, SQLException.class).map(SQLException::getSQLState);
    }

    /** The first exception of this type in the chain. */
    public static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
