package dk.healthmarket.tender;

/** One award criterion with its weight in percent. */
public record AwardCriterion(String name, CriterionKind kind, int weight) {
}
