package dk.healthmarket.solution;

/** Standards a solution exchanges data by. */
public enum InteroperabilityStandard {
    HL7_FHIR_R4,
    MEDCOM_MESSAGES,
    IHE_PROFILES,
    OTHER
}
