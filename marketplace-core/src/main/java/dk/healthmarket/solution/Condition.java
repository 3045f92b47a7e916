package dk.healthmarket.solution;

/** The conditions a solution is for. */
public enum Condition {
    COPD,
    DIABETES,
    HEART_FAILURE,
    CANCER,
    DEMENTIA,
    MENTAL_HEALTH,
    OBESITY,
    ASTHMA,
    SKIN_DISEASE,
    FRAILTY,
    OTHER
}
