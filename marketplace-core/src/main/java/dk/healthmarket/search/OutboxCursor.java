package dk.healthmarket.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far the outbox has been read. Outbox ids come from an auto-increment, and a transaction that
 * took a lower id may commit after one that took a higher id, so the ids skipped on the way are
 * remembered as missing and looked for again until they have been missing for {@code grace}; an
 * id missing longer than that was a rolled-back transaction. The {@link #position() position} is
 * what may be made durable: every entry up to it is applied or given up.
 */
public final class OutboxCursor {

    private static final int MAX_WAITED_GAP = 1_000;

    private final Duration grace;
    private final TreeMap<Long, Instant> missing = new TreeMap<>();
    private long highest;

    public OutboxCursor(long position, Duration grace) {
        this.highest = position;
        this.grace = grace;
    }

    /** Everything up to here is applied or given up. */
    public long position() {
        return missing.isEmpty() ? highest : missing.firstKey() - 1;
    }

    /** The highest id applied: new entries come after it. */
    public long highest() {
        return highest;
    }

    /** Ids skipped on the way that may still be committed by a transaction in flight. */
    public Set<Long> missing() {
        return Set.copyOf(missing.keySet());
    }

    /** Notes the entries applied: new ones after {@link #highest()} in ascending order, and late ones that were missing. */
    public long applied(List<Long> fresh, List<Long> late, Instant now) {
        for (long id : fresh) {
            // a transaction holds few ids; a longer run of skipped ids is not waited for id by id
            for (long skipped = Math.max(highest + 1, id - MAX_WAITED_GAP); skipped < id; skipped++) {
                missing.put(skipped, now);
            }
            highest = Math.max(highest, id);
        }
        late.forEach(missing::remove);
        missing.values().removeIf(seen -> Duration.between(seen, now).compareTo(grace) >= 0);
        return position();
    }
}
