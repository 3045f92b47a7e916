package dk.healthmarket.tender;

import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.Text;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A tender's deadlines: questions until {@code clarification}, bids until {@code submission}, the
 * award expected at {@code expectedAward}. Drafts may hold any of them; publishing checks them.
 */
public record Deadlines(Instant clarification, Instant submission, Instant expectedAward) {

    /**
     * What stops publication at {@code now}: missing or past deadlines, questions closing after bids,
     * the award expected before bids close, or less time for bids than the procedure's minimum.
     */
    public List<FieldError> problemsForPublication(Instant now, Period minimumPeriod) {
        List<FieldError> problems = new ArrayList<>();
        requireFuture("clarificationDeadline", clarification, now, problems);
        requireFuture("submissionDeadline", submission, now, problems);
        requireFuture("expectedAwardDate", expectedAward, now, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!clarification.isBefore(submission)) {
            problems.add(new FieldError("clarificationDeadline", Text.of("tender.deadline.clarificationBeforeSubmission")));
        }
        Instant earliestSubmission = now.atOffset(ZoneOffset.UTC).plus(minimumPeriod).toInstant();
        if (submission.isBefore(earliestSubmission)) {
            problems.add(new FieldError("submissionDeadline", Text.of("tender.deadline.minimumPeriod", minimumPeriod.getDays())));
        }
        if (!expectedAward.isAfter(submission)) {
            problems.add(new FieldError("expectedAwardDate", Text.of("tender.deadline.awardAfterSubmission")));
        }
        return problems;
    }

    /**
     * What stops an amendment at {@code now}: the submission deadline and award date must still lie
     * ahead; questions may have closed already but must close before bids do.
     */
    public List<FieldError> problemsForAmendment(Instant now) {
        List<FieldError> problems = new ArrayList<>();
        if (clarification == null) {
            problems.add(new FieldError("clarificationDeadline", Text.of("tender.deadline.required")));
        }
        requireFuture("submissionDeadline", submission, now, problems);
        requireFuture("expectedAwardDate", expectedAward, now, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!clarification.isBefore(submission)) {
            problems.add(new FieldError("clarificationDeadline", Text.of("tender.deadline.clarificationBeforeSubmission")));
        }
        if (!expectedAward.isAfter(submission)) {
            problems.add(new FieldError("expectedAwardDate", Text.of("tender.deadline.awardAfterSubmission")));
        }
        return problems;
    }

    /** Bids are accepted strictly before the submission deadline, by the server's clock. */
    public boolean acceptsBidsAt(Instant instant) {
        return submission != null && instant.isBefore(submission);
    }

    private static void requireFuture(String field, Instant deadline, Instant now, List<FieldError> problems) {
        if (deadline == null) {
            problems.add(new FieldError(field, Text.of("tender.deadline.required")));
        } else if (!deadline.isAfter(now)) {
            problems.add(new FieldError(field, Text.of("tender.deadline.future")));
        }
    }
}
