package dk.healthmarket.adoption;

import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * What an adoption reaches: the population it covers, the patients or citizens enrolled, and the
 * staff hours it saves a year as realised (not promised). Any may be unknown yet.
 *
 * <p>The bounds are checked here rather than with bean validation: Payara's OpenAPI generator
 * fails on constraint annotations of a record nested as a property of a request body.
 */
public record AdoptionFigures(Integer populationCovered, Integer enrolled, Integer hoursSavedPerYear) {

    public static final AdoptionFigures UNKNOWN = new AdoptionFigures(null, null, null);
    static final int MAX_PEOPLE = 6_000_000;
    static final int MAX_HOURS = 100_000_000;

    List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        within("populationCovered", populationCovered, MAX_PEOPLE, problems);
        within("enrolled", enrolled, MAX_PEOPLE, problems);
        within("hoursSavedPerYear", hoursSavedPerYear, MAX_HOURS, problems);
        if (problems.isEmpty() && enrolled != null && populationCovered != null && enrolled > populationCovered) {
            problems.add(new FieldError("enrolled", Text.of("adoption.enrolledAbovePopulation")));
        }
        return problems;
    }

    private static void within(String field, Integer value, int max, List<FieldError> problems) {
        if (value != null && (value < 0 || value > max)) {
            problems.add(new FieldError(field, Text.of("adoption.figureOutOfRange", 0, max)));
        }
    }
}
