package dk.healthmarket.adoption;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * What an adoption reaches: the population it covers, the patients or citizens enrolled, and the
 * staff hours it saves a year as realised (not promised). Any may be unknown yet.
 */
public record AdoptionFigures(
        @PositiveOrZero @Max(6_000_000) Integer populationCovered,
        @PositiveOrZero @Max(6_000_000) Integer enrolled,
        @PositiveOrZero @Max(100_000_000) Integer hoursSavedPerYear) {

    public static final AdoptionFigures UNKNOWN = new AdoptionFigures(null, null, null);
}
