package dk.healthmarket.solution;

/** The staff whose time a solution saves. */
public enum StaffGroup {
    NURSE,
    DOCTOR,
    CARE_WORKER,
    THERAPIST,
    ADMINISTRATIVE
}
