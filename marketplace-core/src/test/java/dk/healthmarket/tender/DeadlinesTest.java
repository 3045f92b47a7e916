package dk.healthmarket.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.healthmarket.shared.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Period THIRTY_DAYS = Period.ofDays(30);

    @Test
    void sensibleDeadlinesCanBePublished() {
        var deadlines = new Deadlines(NOW.plus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(35)), NOW.plus(Duration.ofDays(60)));
        assertEquals(List.of(), deadlines.problemsForPublication(NOW, THIRTY_DAYS));
    }

    @Test
    void everyDeadlineIsRequiredAndInTheFuture() {
        var deadlines = new Deadlines(null, NOW, NOW.minusSeconds(1));
        assertEquals(List.of("clarificationDeadline: the deadline is required to publish",
                "submissionDeadline: the deadline must be in the future",
                "expectedAwardDate: the deadline must be in the future"), describe(deadlines.problemsForPublication(NOW, THIRTY_DAYS)));
    }

    @Test
    void questionsCloseBeforeBidsAndTheAwardComesAfter() {
        var deadlines = new Deadlines(NOW.plus(Duration.ofDays(40)), NOW.plus(Duration.ofDays(40)), NOW.plus(Duration.ofDays(39)));
        assertEquals(List.of("clarificationDeadline: questions must close before bids do",
                "expectedAwardDate: the award must be expected after bids close"), describe(deadlines.problemsForPublication(NOW, THIRTY_DAYS)));
    }

    @Test
    void suppliersGetTheProceduresMinimumPeriod() {
        var justShort = new Deadlines(NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(30)).minusSeconds(1), NOW.plus(Duration.ofDays(60)));
        assertEquals(List.of("submissionDeadline: this procedure gives suppliers at least 30 days to bid"),
                describe(justShort.problemsForPublication(NOW, THIRTY_DAYS)));
        var exactly = new Deadlines(NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(60)));
        assertEquals(List.of(), exactly.problemsForPublication(NOW, THIRTY_DAYS));
    }

    @Test
    void anAmendmentMayComeAfterQuestionsClosedButNotAfterBidsClosed() {
        var questionsClosed = new Deadlines(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(30)));
        assertEquals(List.of(), questionsClosed.problemsForAmendment(NOW));
        var bidsClosed = new Deadlines(NOW.minus(Duration.ofDays(9)), NOW.minusSeconds(1), NOW.plus(Duration.ofDays(30)));
        assertEquals(List.of("submissionDeadline: the deadline must be in the future"), describe(bidsClosed.problemsForAmendment(NOW)));
    }

    @Test
    void bidsAreAcceptedStrictlyBeforeTheSubmissionDeadline() {
        var deadlines = new Deadlines(NOW, NOW.plusSeconds(60), NOW.plusSeconds(120));
        assertTrue(deadlines.acceptsBidsAt(NOW.plusSeconds(59)));
        assertFalse(deadlines.acceptsBidsAt(NOW.plusSeconds(60)));
    }

    private static List<String> describe(List<FieldError> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.message()).toList();
    }
}
