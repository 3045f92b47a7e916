package dk.healthmarket.tender;

import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The award criteria of a tender: named, weighted in whole percent, the weights summing to 100,
 * with at most one criterion of each amount kind (one price, one life-cycle cost).
 */
public record AwardCriteria(List<AwardCriterion> criteria) {

    public AwardCriteria {
        criteria = List.copyOf(criteria);
        List<FieldError> problems = problems(criteria);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static List<FieldError> problems(List<AwardCriterion> criteria) {
        List<FieldError> problems = new ArrayList<>();
        if (criteria.isEmpty()) {
            problems.add(new FieldError("criteria", Text.of("tender.criteria.required")));
            return problems;
        }
        Set<String> names = new HashSet<>();
        int sum = 0;
        for (int i = 0; i < criteria.size(); i++) {
            AwardCriterion criterion = criteria.get(i);
            String field = "criteria[" + i + "]";
            if (criterion.name() == null || criterion.name().isBlank() || criterion.kind() == null) {
                problems.add(new FieldError(field, Text.of("tender.criteria.incomplete")));
                continue;
            }
            if (!names.add(criterion.name().strip().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldError(field + ".name", Text.of("tender.criteria.duplicateName", criterion.name().strip())));
            }
            if (criterion.weight() < 1 || criterion.weight() > 100) {
                problems.add(new FieldError(field + ".weight", Text.of("tender.criteria.weightRange")));
            }
            sum += criterion.weight();
        }
        for (CriterionKind kind : CriterionKind.values()) {
            if (kind.isAmount() && criteria.stream().filter(c -> c.kind() == kind).count() > 1) {
                problems.add(new FieldError("criteria", Text.of("tender.criteria.oneAmountOfEachKind", kind.name())));
            }
        }
        if (sum != 100) {
            problems.add(new FieldError("criteria", Text.of("tender.criteria.weightsSum", sum)));
        }
        return problems;
    }

    /** The combined weight of quality and labour saving, which the innovation index looks at. */
    public int qualityAndLabourSavingWeight() {
        return criteria.stream()
                .filter(c -> c.kind() == CriterionKind.QUALITY || c.kind() == CriterionKind.LABOUR_SAVING)
                .mapToInt(AwardCriterion::weight)
                .sum();
    }
}
