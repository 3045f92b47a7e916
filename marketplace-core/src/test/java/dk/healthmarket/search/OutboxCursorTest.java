package dk.healthmarket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutboxCursorTest {

    private static final Instant T = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void movesAlongContiguousIds() {
        var cursor = new OutboxCursor(10, Duration.ofSeconds(5));
        assertEquals(13, cursor.applied(List.of(11L, 12L, 13L), List.of(), T));
        assertEquals(13, cursor.highest());
    }

    @Test
    void remembersASkippedIdAndTakesItWhenItsTransactionCommitsLate() {
        var cursor = new OutboxCursor(10, Duration.ofSeconds(5));
        assertEquals(11, cursor.applied(List.of(11L, 13L, 14L), List.of(), T), "12 may still commit");
        assertEquals(Set.of(12L), cursor.missing());
        assertEquals(14, cursor.highest(), "new entries are read after 14 meanwhile");
        assertEquals(11, cursor.applied(List.of(15L), List.of(), T.plusSeconds(4)));
        assertEquals(15, cursor.applied(List.of(), List.of(12L), T.plusSeconds(4)), "12 committed late and is applied");
        assertEquals(Set.of(), cursor.missing());
    }

    @Test
    void givesUpAnIdMissingLongerThanTheGraceAsARolledBackTransaction() {
        var cursor = new OutboxCursor(10, Duration.ofSeconds(5));
        assertEquals(10, cursor.applied(List.of(12L), List.of(), T));
        assertEquals(10, cursor.applied(List.of(), List.of(), T.plusSeconds(4)));
        assertEquals(12, cursor.applied(List.of(), List.of(), T.plusSeconds(5)));
    }

    @Test
    void eachMissingIdHasItsOwnClock() {
        var cursor = new OutboxCursor(0, Duration.ofSeconds(5));
        assertEquals(0, cursor.applied(List.of(2L), List.of(), T));
        assertEquals(0, cursor.applied(List.of(4L), List.of(), T.plusSeconds(3)));
        assertEquals(2, cursor.applied(List.of(), List.of(), T.plusSeconds(5)), "1 is given up; 3 was first missed later");
        assertEquals(4, cursor.applied(List.of(), List.of(), T.plusSeconds(8)));
    }
}
