package dk.healthmarket.solution;

/**
 * The sections of the documentation framework, one per thing a reviewer assesses. They follow
 * NHS DTAC (clinical safety, data protection, technical security, interoperability, usability
 * and accessibility), NICE's Evidence Standards Framework for the evidence, and add regulation
 * and labour saving.
 */
public enum AssessmentDomain {
    REGULATORY,
    CLINICAL_EVIDENCE,
    CLINICAL_SAFETY,
    DATA_PROTECTION,
    INFORMATION_SECURITY,
    INTEROPERABILITY,
    USABILITY_ACCESSIBILITY,
    LABOUR_SAVING
}
