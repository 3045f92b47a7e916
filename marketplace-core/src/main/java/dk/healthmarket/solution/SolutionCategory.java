package dk.healthmarket.solution;

/** What kind of health or care technology a solution is, or a tender buys. */
public enum SolutionCategory {
    TELEMEDICINE,
    WELFARE_TECHNOLOGY,
    MEDICATION_MANAGEMENT,
    REHABILITATION,
    DIAGNOSTICS_AND_DECISION_SUPPORT,
    DIGITAL_HEALTH_APPS,
    CLINICAL_DOCUMENTATION,
    PREVENTION_AND_EARLY_DETECTION,
    LOGISTICS_AND_RESOURCE_PLANNING
}
