package dk.healthmarket.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CvrTest {

    @ParameterizedTest
    @ValueSource(strings = {"29000018", "41000007", "41000015", "2900 0018"})
    void acceptsNumbersWhoseWeightedSumIsDivisibleByEleven(String number) {
        assertTrue(Cvr.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"29000019", "12345678", "41000003", "2900001", "290000180", "2900001A", "ABCDEFGH"})
    void refusesWrongChecksumsLengthsAndLetters(String number) {
        assertFalse(Cvr.isValid(number));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesNothing(String number) {
        assertFalse(Cvr.isValid(number));
    }

    @Test
    void keepsTheDigitsWithoutSpaces() {
        assertEquals("29000018", Cvr.of("2900 0018").number());
    }

    @Test
    void ofRefusesAnInvalidNumber() {
        assertThrows(IllegalArgumentException.class, () -> Cvr.of("12345678"));
    }

    @Test
    void twoCvrsWithTheSameDigitsAreEqual() {
        assertEquals(Cvr.of("29000018"), Cvr.of("2900 0018"));
    }
}
