package dk.healthmarket.solution;

import static dk.healthmarket.solution.SolutionStatus.APPROVED;
import static dk.healthmarket.solution.SolutionStatus.CHANGES_REQUESTED;
import static dk.healthmarket.solution.SolutionStatus.DRAFT;
import static dk.healthmarket.solution.SolutionStatus.IN_REVIEW;
import static dk.healthmarket.solution.SolutionStatus.REJECTED;
import static dk.healthmarket.solution.SolutionStatus.SUBMITTED;
import static dk.healthmarket.solution.SolutionStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.healthmarket.shared.ConflictException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SolutionStatusTest {

    /** The review process as the issue draws it, written out by hand. */
    private static final Map<SolutionStatus, Set<SolutionStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(IN_REVIEW, WITHDRAWN),
            IN_REVIEW, EnumSet.of(CHANGES_REQUESTED, APPROVED, REJECTED),
            CHANGES_REQUESTED, EnumSet.of(SUBMITTED, WITHDRAWN),
            APPROVED, EnumSet.noneOf(SolutionStatus.class),
            REJECTED, EnumSet.noneOf(SolutionStatus.class),
            WITHDRAWN, EnumSet.noneOf(SolutionStatus.class));

    @Test
    void everyPairOfStatesIsAllowedOrRefusedExactlyAsDrawn() {
        for (SolutionStatus from : SolutionStatus.values()) {
            for (SolutionStatus to : SolutionStatus.values()) {
                boolean allowed = ALLOWED.get(from).contains(to);
                assertEquals(allowed, from.canMoveTo(to), from + " → " + to);
                if (!allowed) {
                    var refused = assertThrows(ConflictException.class, () -> from.requireMoveTo(to));
                    assertEquals(from.name(), refused.text().arguments()[0], "the refusal names the state");
                }
            }
        }
    }

    @Test
    void onlyADraftOrARevisionSentBackCanBeEdited() {
        assertEquals(EnumSet.of(DRAFT, CHANGES_REQUESTED),
                EnumSet.copyOf(Arrays.stream(SolutionStatus.values()).filter(SolutionStatus::isEditable).toList()));
    }

    @Test
    void onlyASubmittedRevisionOrOneInReviewIsWithTheCentre() {
        assertEquals(EnumSet.of(SUBMITTED, IN_REVIEW),
                EnumSet.copyOf(Arrays.stream(SolutionStatus.values()).filter(SolutionStatus::isWithTheCentre).toList()));
    }
}
