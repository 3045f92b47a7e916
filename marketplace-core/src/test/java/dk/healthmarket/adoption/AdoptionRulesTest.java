package dk.healthmarket.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdoptionRulesTest {

    @Test
    void goingBackNeedsAReasonGoingForwardOrStoppingDoesNot() {
        assertTrue(AdoptionStage.OPERATION.needsReasonFor(AdoptionStage.PILOT));
        assertTrue(AdoptionStage.DISCONTINUED.needsReasonFor(AdoptionStage.PILOT), "starting again after stopping");
        assertFalse(AdoptionStage.PILOT.needsReasonFor(AdoptionStage.OPERATION));
        assertFalse(AdoptionStage.OPERATION.needsReasonFor(AdoptionStage.DISCONTINUED));
        assertTrue(AdoptionStage.IMPLEMENTATION.reaches() && AdoptionStage.OPERATION.reaches());
        assertFalse(AdoptionStage.PILOT.reaches() || AdoptionStage.DISCONTINUED.reaches());
    }

    @Test
    void rogersCategoriesFollowStandardDeviationsFromTheMeanAdoptionDay() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        // days 0, eight times 100, and 400: mean 120, deviation 98
        List<LocalDate> days = new java.util.ArrayList<>();
        days.add(start);
        for (int i = 0; i < 8; i++) {
            days.add(start.plusDays(100));
        }
        days.add(start.plusDays(400));
        List<AdopterCategory> categories = AdopterCategory.classify(days);
        assertEquals(AdopterCategory.EARLY_ADOPTER, categories.get(0), "day 0 is between 2 and 1 deviations before the mean (-76 .. 22)");
        assertEquals(AdopterCategory.EARLY_MAJORITY, categories.get(1));
        assertEquals(AdopterCategory.LAGGARD, categories.get(9), "day 400 is three deviations after");
        assertEquals(List.of(AdopterCategory.EARLY_MAJORITY), AdopterCategory.classify(List.of(start)), "one adopter alone is the early majority");
    }

    @Test
    void figuresAreCheckedAgainstTheirBoundsAndEachOther() {
        assertTrue(new AdoptionFigures(1000, 200, 0).problems().isEmpty());
        assertTrue(AdoptionFigures.UNKNOWN.problems().isEmpty());
        assertEquals(List.of("enrolled"), fields(new AdoptionFigures(null, -3, null)));
        assertEquals(List.of("populationCovered", "hoursSavedPerYear"),
                fields(new AdoptionFigures(AdoptionFigures.MAX_PEOPLE + 1, null, AdoptionFigures.MAX_HOURS + 1)));
        assertEquals(List.of("enrolled"), fields(new AdoptionFigures(100, 101, null)), "more enrolled than covered");
    }

    private static List<String> fields(AdoptionFigures figures) {
        return figures.problems().stream().map(dk.healthmarket.shared.FieldError::field).toList();
    }
}
