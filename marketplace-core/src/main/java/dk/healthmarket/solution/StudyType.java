package dk.healthmarket.solution;

/** The design of a study behind a solution's evidence. */
public enum StudyType {
    RCT,
    COHORT,
    CASE_SERIES,
    PILOT,
    HEALTH_ECONOMIC,
    REAL_WORLD
}
