package dk.healthmarket.solution;

import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a revision of a solution is in its review: DRAFT → SUBMITTED → IN_REVIEW →
 * CHANGES_REQUESTED → SUBMITTED again → … → APPROVED or REJECTED; the supplier may withdraw it
 * until a decision. Approved, rejected and withdrawn revisions are final: further work on the
 * solution is a new revision.
 */
public enum SolutionStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    public Set<SolutionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(IN_REVIEW, WITHDRAWN);
            case IN_REVIEW -> EnumSet.of(CHANGES_REQUESTED, APPROVED, REJECTED);
            case CHANGES_REQUESTED -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case APPROVED, REJECTED, WITHDRAWN -> EnumSet.noneOf(SolutionStatus.class);
        };
    }

    public boolean canMoveTo(SolutionStatus target) {
        return next().contains(target);
    }

    /** Refuses a move this machine does not have, naming the state the revision is in. */
    public void requireMoveTo(SolutionStatus target) {
        if (!canMoveTo(target)) {
            throw new ConflictException(Text.of("solution.transitionRefused", name(), target.name()));
        }
    }

    /** Whether the centre holds the revision: submitted or in review, nothing changes until it decides. */
    public boolean isWithTheCentre() {
        return this == SUBMITTED || this == IN_REVIEW;
    }

    /** Whether the supplier may still change the revision's content. */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
