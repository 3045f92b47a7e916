package dk.healthmarket.tender;

import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a joint tender is in its life, and where it may go next. The whole state machine is here:
 * DRAFT → PUBLISHED → CLOSED (at the submission deadline) → UNDER_EVALUATION → AWARDED →
 * CONCLUDED, an award reversed during the standstill period goes back to UNDER_EVALUATION, and
 * any state before AWARDED may be CANCELLED.
 */
public enum TenderStatus {
    DRAFT,
    PUBLISHED,
    CLOSED,
    UNDER_EVALUATION,
    AWARDED,
    CONCLUDED,
    CANCELLED;

    public Set<TenderStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, CANCELLED);
            case PUBLISHED -> EnumSet.of(CLOSED, CANCELLED);
            case CLOSED -> EnumSet.of(UNDER_EVALUATION, CANCELLED);
            case UNDER_EVALUATION -> EnumSet.of(AWARDED, CANCELLED);
            case AWARDED -> EnumSet.of(CONCLUDED, UNDER_EVALUATION);
            case CONCLUDED, CANCELLED -> EnumSet.noneOf(TenderStatus.class);
        };
    }

    public boolean canMoveTo(TenderStatus target) {
        return next().contains(target);
    }

    /** Refuses a move the state machine does not allow, naming the state the tender is in. */
    public void requireMoveTo(TenderStatus target) {
        if (!canMoveTo(target)) {
            throw new ConflictException(Text.of("tender.transitionRefused", name(), target.name()));
        }
    }

    /** Whether the public may read the tender: everything once published, nothing of a draft. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
