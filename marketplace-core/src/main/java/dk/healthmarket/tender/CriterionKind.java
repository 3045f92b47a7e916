package dk.healthmarket.tender;

/** What an award criterion measures, and so how it is scored. */
public enum CriterionKind {
    PRICE,
    LIFE_CYCLE_COST,
    QUALITY,
    LABOUR_SAVING,
    IMPLEMENTATION,
    SUSTAINABILITY;

    /** Amount criteria are scored from the bids' amounts (lowest ÷ this × weight); the rest by evaluators. */
    public boolean isAmount() {
        return this == PRICE || this == LIFE_CYCLE_COST;
    }
}
