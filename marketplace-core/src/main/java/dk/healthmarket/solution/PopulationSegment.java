package dk.healthmarket.solution;

/**
 * The population groups of the population-based service model services are segmented by, from
 * the most acute to the self-reliant. Tenders and solutions say which groups they address.
 */
public enum PopulationSegment {
    /** Citizens with acute or serious illness or injury: hospitals. */
    ACUTE_SERIOUS_ILLNESS,
    /** Citizens assessed for elder care: integrated health and elder care. */
    ELDER_CARE,
    /** The more complex chronic diseases: treatment in the citizen's home. */
    COMPLEX_CHRONIC_DISEASE,
    /** The less complex chronic diseases: digital health. */
    LESS_COMPLEX_CHRONIC_DISEASE,
    /** Citizens at increased risk of chronic disease and admission: local prevention. */
    INCREASED_RISK,
    /** Self-reliant citizens: general practice and digital services. */
    SELF_RELIANT;

    /** The people at risk and vulnerable groups the innovation index's equality indicator follows. */
    public boolean atRisk() {
        return this == ELDER_CARE || this == COMPLEX_CHRONIC_DISEASE || this == INCREASED_RISK;
    }
}
