package dk.healthmarket.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CpvCodeTest {

    private static final Set<String> DIVISIONS = Set.of(
            "03", "09", "14", "15", "16", "18", "19", "22", "24", "30", "31", "32", "33", "34", "35", "37", "38", "39",
            "41", "42", "43", "44", "45", "48", "50", "51", "55", "60", "63", "64", "65", "66", "70", "71", "72", "73",
            "75", "76", "77", "79", "80", "85", "90", "92", "98");

    @Test
    void theListHasEveryDivisionAndOnlyEightDigitCodesInOrder() {
        assertEquals(DIVISIONS, CpvCode.all().keySet().stream().filter(c -> c.endsWith("000000"))
                .map(c -> c.substring(0, 2)).collect(Collectors.toSet()));
        assertTrue(CpvCode.all().keySet().stream().allMatch(c -> c.matches("\\d{8}") && DIVISIONS.contains(c.substring(0, 2))));
        assertEquals(CpvCode.all().keySet().stream().sorted().toList(), CpvCode.all().keySet().stream().toList());
    }

    @Test
    void everyCodeBelowADivisionHasItsParentsInTheList() {
        for (String code : CpvCode.all().keySet()) {
            String trimmed = code.replaceAll("0+$", "");
            for (int length = 2; length < trimmed.length(); length++) {
                String parent = (trimmed.substring(0, length) + "00000000").substring(0, 8);
                if (length >= 3 || parent.endsWith("000000")) {
                    assertTrue(CpvCode.isKnown(parent), parent + ", the parent of " + code);
                }
            }
        }
    }

    @Test
    void healthCodesAreKnownAndMadeUpOnesAreNot() {
        assertEquals(Optional.of("Medical software package"), CpvCode.title("48180000"));
        assertTrue(CpvCode.isKnown("33195000"));
        assertTrue(CpvCode.isKnown("85311100"));
        assertTrue(CpvCode.isKnown("30000000"));
        assertFalse(CpvCode.isKnown("33195999"));
        assertFalse(CpvCode.isKnown("30200000"), "outside the health divisions only the division itself is listed");
        assertFalse(CpvCode.isKnown("99000000"));
        assertFalse(CpvCode.isKnown(null));
    }
}
