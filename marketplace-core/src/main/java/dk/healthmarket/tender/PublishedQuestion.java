package dk.healthmarket.tender;

import java.time.Instant;

/** A clarification question as readers see it: never who asked, only whether it was the reader. */
public record PublishedQuestion(long id, String question, Instant askedAt, String answer, Instant answeredAt, boolean yours) {
}
