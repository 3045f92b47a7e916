package dk.healthmarket.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * Rogers' adopter categories, from when each organisation adopted relative to the others: more
 * than two standard deviations before the mean adoption day are innovators, one to two early
 * adopters, up to the mean the early majority, up to one after it the late majority, the rest
 * laggards. With everyone on the same day (or one adopter) all fall in the early majority.
 */
public enum AdopterCategory {
    INNOVATOR,
    EARLY_ADOPTER,
    EARLY_MAJORITY,
    LATE_MAJORITY,
    LAGGARD;

    /** The category of each adoption day, in the order given. */
    public static List<AdopterCategory> classify(List<LocalDate> adopted) {
        double[] days = adopted.stream().mapToDouble(LocalDate::toEpochDay).toArray();
        double mean = java.util.Arrays.stream(days).average().orElse(0);
        double deviation = Math.sqrt(java.util.Arrays.stream(days).map(d -> (d - mean) * (d - mean)).average().orElse(0));
        return java.util.Arrays.stream(days).mapToObj(d -> of(d, mean, deviation)).toList();
    }

    private static AdopterCategory of(double day, double mean, double deviation) {
        if (day < mean - 2 * deviation) {
            return INNOVATOR;
        }
        if (day < mean - deviation) {
            return EARLY_ADOPTER;
        }
        if (day <= mean) {
            return EARLY_MAJORITY;
        }
        return day <= mean + deviation ? LATE_MAJORITY : LAGGARD;
    }
}
