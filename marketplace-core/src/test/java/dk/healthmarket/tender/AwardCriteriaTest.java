package dk.healthmarket.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwardCriteriaTest {

    private static final AwardCriterion PRICE = new AwardCriterion("Pris", CriterionKind.PRICE, 40);
    private static final AwardCriterion QUALITY = new AwardCriterion("Kvalitet", CriterionKind.QUALITY, 35);
    private static final AwardCriterion LABOUR = new AwardCriterion("Arbejdskraftbesparelse", CriterionKind.LABOUR_SAVING, 25);

    @Test
    void weightsThatAddUpTo100AreAccepted() {
        var criteria = new AwardCriteria(List.of(PRICE, QUALITY, LABOUR));
        assertEquals(60, criteria.qualityAndLabourSavingWeight());
    }

    @Test
    void weightsMustAddUpTo100() {
        assertEquals(List.of("the weights must add up to 100, not 75"), messages(List.of(PRICE, QUALITY)));
    }

    @Test
    void eachWeightIsBetween1And100() {
        var zero = new AwardCriterion("Levering", CriterionKind.IMPLEMENTATION, 0);
        var refused = assertThrows(InvalidInputException.class, () -> new AwardCriteria(List.of(PRICE, QUALITY, LABOUR, zero)));
        assertEquals("criteria[3].weight", refused.errors().get(0).field());
    }

    @Test
    void namesAreUniqueAndThereIsOnePriceAtMost() {
        var secondPrice = new AwardCriterion("pris", CriterionKind.PRICE, 10);
        assertEquals(List.of("two award criteria are named 'pris'", "there can be only one PRICE criterion",
                "the weights must add up to 100, not 110"), messages(List.of(PRICE, QUALITY, LABOUR, secondPrice)));
    }

    @Test
    void thereIsAtLeastOneCriterionAndEachIsComplete() {
        assertEquals(List.of("a tender needs at least one award criterion"), messages(List.of()));
        assertEquals("each award criterion needs a name and a kind",
                messages(List.of(new AwardCriterion(" ", CriterionKind.QUALITY, 100))).get(0));
    }

    private static List<String> messages(List<AwardCriterion> criteria) {
        return assertThrows(InvalidInputException.class, () -> new AwardCriteria(criteria)).errors().stream()
                .map(FieldError::message).toList();
    }
}
