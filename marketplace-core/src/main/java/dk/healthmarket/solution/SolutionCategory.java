package dk.healthmarket.solution;

/** What kind of health or care technology a solution is, or a tender buys. */
public enum SolutionCategory {
    REMOTE_PATIENT_MONITORING,
    TELEMEDICINE_HOME_TREATMENT,
    AI_DIAGNOSTICS,
    AI_TRIAGE,
    DECISION_SUPPORT,
    DIGITAL_THERAPEUTICS,
    MEDICATION_MANAGEMENT,
    REHABILITATION,
    FALL_PREVENTION_AND_SENSORS,
    ADMINISTRATIVE_AUTOMATION,
    PREVENTION
}
