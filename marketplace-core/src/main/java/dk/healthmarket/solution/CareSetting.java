package dk.healthmarket.solution;

/** Where a solution is used. */
public enum CareSetting {
    HOSPITAL,
    HOME,
    GP_PRACTICE,
    MUNICIPAL_CARE,
    NURSING_HOME,
    PHARMACY
}
