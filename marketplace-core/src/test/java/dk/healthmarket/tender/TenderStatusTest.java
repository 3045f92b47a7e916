package dk.healthmarket.tender;

import static dk.healthmarket.tender.TenderStatus.AWARDED;
import static dk.healthmarket.tender.TenderStatus.CANCELLED;
import static dk.healthmarket.tender.TenderStatus.CLOSED;
import static dk.healthmarket.tender.TenderStatus.CONCLUDED;
import static dk.healthmarket.tender.TenderStatus.DRAFT;
import static dk.healthmarket.tender.TenderStatus.PUBLISHED;
import static dk.healthmarket.tender.TenderStatus.UNDER_EVALUATION;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.healthmarket.shared.ConflictException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenderStatusTest {

    /** The state machine, written out once more by hand: every pair not listed here is refused. */
    private static final Map<TenderStatus, Set<TenderStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(PUBLISHED, CANCELLED),
            PUBLISHED, EnumSet.of(CLOSED, CANCELLED),
            CLOSED, EnumSet.of(UNDER_EVALUATION, CANCELLED),
            UNDER_EVALUATION, EnumSet.of(AWARDED, CANCELLED),
            AWARDED, EnumSet.of(CONCLUDED, UNDER_EVALUATION),
            CONCLUDED, EnumSet.noneOf(TenderStatus.class),
            CANCELLED, EnumSet.noneOf(TenderStatus.class));

    @Test
    void everyPairOfStatesIsAllowedOrRefusedAsTheProcessSays() {
        for (TenderStatus from : TenderStatus.values()) {
            for (TenderStatus to : TenderStatus.values()) {
                boolean allowed = ALLOWED.get(from).contains(to);
                assertEquals(allowed, from.canMoveTo(to), from + " → " + to);
                if (allowed) {
                    assertDoesNotThrow(() -> from.requireMoveTo(to));
                } else {
                    assertThrows(ConflictException.class, () -> from.requireMoveTo(to), from + " → " + to);
                }
            }
        }
    }

    @Test
    void aRefusalNamesTheCurrentState() {
        var refused = assertThrows(ConflictException.class, () -> AWARDED.requireMoveTo(CANCELLED));
        assertEquals("The tender is AWARDED; it cannot become CANCELLED.", refused.getMessage());
    }

    @Test
    void cancellingIsPossibleFromEveryStateBeforeTheAward() {
        assertEquals(EnumSet.of(DRAFT, PUBLISHED, CLOSED, UNDER_EVALUATION),
                EnumSet.copyOf(Arrays.stream(TenderStatus.values()).filter(s -> s.canMoveTo(CANCELLED)).toList()));
    }

    @Test
    void onlyDraftsAreHiddenFromThePublic() {
        assertEquals(EnumSet.of(DRAFT), EnumSet.copyOf(Arrays.stream(TenderStatus.values()).filter(s -> !s.isPublic()).toList()));
    }
}
