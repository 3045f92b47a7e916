package dk.healthmarket.search;

import java.time.Duration;
import java.time.Instant;

/**
 * How far off a tender's submission deadline is, counted at search time: a facet whose values move
 * with the clock, so it is not stored with the document.
 */
public enum DeadlineRange {
    PASSED,
    WITHIN_7_DAYS,
    WITHIN_30_DAYS,
    LATER;

    /** The first instant in the range, as epoch milliseconds. */
    long from(Instant now) {
        return switch (this) {
            case PASSED -> Long.MIN_VALUE;
            case WITHIN_7_DAYS -> now.toEpochMilli();
            case WITHIN_30_DAYS -> now.plus(Duration.ofDays(7)).toEpochMilli();
            case LATER -> now.plus(Duration.ofDays(30)).toEpochMilli();
        };
    }

    /** The last instant in the range; tenders without a deadline are in none. */
    long to(Instant now) {
        return switch (this) {
            case PASSED -> now.toEpochMilli() - 1;
            case WITHIN_7_DAYS -> now.plus(Duration.ofDays(7)).toEpochMilli() - 1;
            case WITHIN_30_DAYS -> now.plus(Duration.ofDays(30)).toEpochMilli() - 1;
            case LATER -> Long.MAX_VALUE - 1;
        };
    }
}
