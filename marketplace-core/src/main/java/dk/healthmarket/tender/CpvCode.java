package dk.healthmarket.tender;

import java.util.Set;

/**
 * A Common Procurement Vocabulary code, written as its eight digits. A code is accepted when it
 * has eight digits and starts with one of the 45 CPV divisions. The detailed reference list (at
 * least divisions 33, 48, 72 and 85) is still to come; until then no finer check is made.
 */
public final class CpvCode {

    /** The top level of the CPV 2008 (Regulation (EC) No 213/2008): its 45 divisions. */
    static final Set<String> DIVISIONS = Set.of(
            "03", "09", "14", "15", "16", "18", "19", "22", "24", "30", "31", "32", "33", "34", "35", "37", "38", "39",
            "41", "42", "43", "44", "45", "48", "50", "51", "55", "60", "63", "64", "65", "66", "70", "71", "72", "73",
            "75", "76", "77", "79", "80", "85", "90", "92", "98");

    private CpvCode() {
    }

    public static boolean isKnown(String code) {
        return code != null && code.matches("\\d{8}") && DIVISIONS.contains(code.substring(0, 2));
    }
}
