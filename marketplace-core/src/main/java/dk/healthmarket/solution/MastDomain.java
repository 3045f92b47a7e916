package dk.healthmarket.solution;

/**
 * The outcome domains of MAST, the Danish Model for Assessment of Telemedicine. A study says which
 * of them it gives evidence on, so a reviewer sees at a glance what the evidence covers.
 */
public enum MastDomain {
    HEALTH_PROBLEM,
    SAFETY,
    CLINICAL_EFFECTIVENESS,
    PATIENT_PERSPECTIVE,
    ECONOMICS,
    ORGANISATION,
    SOCIO_CULTURAL_ETHICAL_LEGAL
}
