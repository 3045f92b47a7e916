package dk.healthmarket.solution;

import java.math.BigDecimal;
import java.time.LocalDate;
import dk.healthmarket.shared.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.List;
import java.util.Set;

/**
 * What a company documents about a solution, one section per {@link AssessmentDomain}. A draft
 * may leave anything open, but a list may not hold empty entries; {@link Completeness} says what a
 * submission still lacks.
 */
public record Documentation(@Valid Regulatory regulatory, @Valid ClinicalEvidence evidence, @Valid ClinicalSafety safety,
        @Valid DataProtection dataProtection, @Valid InformationSecurity security, @Valid Interoperability interoperability,
        @Valid Usability usability, @Valid LabourSaving labourSaving) {

    /** The MDR class; a CE-marking declaration for any device, a notified body's certificate from class IIa. */
    public record Regulatory(MdrClass mdrClass, String ceDeclaration, String notifiedBodyCertificate, LocalDate certificateExpiresOn) {
    }

    /**
     * The evidence level (NICE tier), the studies, and why the results carry over to other regions
     * (MAST's transferability).
     */
    public record ClinicalEvidence(EvidenceLevel level, List<@NotNull Study> studies, String transferability) {

        public ClinicalEvidence {
            studies = Copies.list(studies);
        }
    }

    /** One study: its design, where to read it (DOI or web address), whom it studied, what it found and on which MAST domains. */
    public record Study(StudyType type, String reference, String population, String mainResult, Set<@NotNull MastDomain> outcomes) {

        public Study {
            outcomes = Copies.set(outcomes);
        }
    }

    public record ClinicalSafety(String hazardLogSummary) {
    }

    /** Whether health data is processed; if so the DPIA, the data-processing agreement and whether the data stays in the EU/EEA. */
    public record DataProtection(Boolean processesHealthData, String dpiaSummary, Boolean dataProcessingAgreement, Boolean dataInEuEea) {
    }

    public record InformationSecurity(List<@NotNull Certificate> certifications, LocalDate penetrationTestOn) {

        public InformationSecurity {
            certifications = Copies.list(certifications);
        }
    }

    /** A certificate such as ISO 27001, with the day it expires. */
    public record Certificate(String name, LocalDate expiresOn) {
    }

    public record Interoperability(Set<@NotNull InteroperabilityStandard> standards, String otherStandards) {

        public Interoperability {
            standards = Copies.set(standards);
        }
    }

    /** Whether patients use it; if so whether it conforms to WCAG 2.1 AA; the languages it speaks. */
    public record Usability(Boolean patientFacing, Boolean wcag21AaConformant, List<@NotNull String> languages) {

        public Usability {
            languages = Copies.list(languages);
        }
    }

    public record LabourSaving(List<@NotNull HoursSaved> figures) {

        public LabourSaving {
            figures = Copies.list(figures);
        }
    }

    /** Staff hours saved per patient per year for one staff group, and the evidence the figure rests on. */
    public record HoursSaved(StaffGroup staffGroup, BigDecimal hoursPerPatientPerYear, String evidence) {
    }

    /** How long a penetration test counts: NHS DTAC asks for one within the last twelve months. */
    public static final Period PENETRATION_TEST_VALIDITY = Period.ofYears(1);

    /** The section of one assessment domain, or null when the company has not begun it. */
    public Object section(AssessmentDomain domain) {
        return switch (domain) {
            case REGULATORY -> regulatory;
            case CLINICAL_EVIDENCE -> evidence;
            case CLINICAL_SAFETY -> safety;
            case DATA_PROTECTION -> dataProtection;
            case INFORMATION_SECURITY -> security;
            case INTEROPERABILITY -> interoperability;
            case USABILITY_ACCESSIBILITY -> usability;
            case LABOUR_SAVING -> labourSaving;
        };
    }

    /** A certificate with a day it stops counting: the notified body's, each security certification, the penetration test. */
    public record Expiry(String field, String certificate, LocalDate expiresOn) {
    }

    /** Every certificate that expires, with its field; a penetration test expires a year after it was done. */
    public List<Expiry> expiries() {
        List<Expiry> expiries = new ArrayList<>();
        if (regulatory != null && regulatory.certificateExpiresOn() != null) {
            expiries.add(new Expiry("regulatory.certificateExpiresOn",
                    regulatory.notifiedBodyCertificate() == null ? "MDR certificate" : regulatory.notifiedBodyCertificate(),
                    regulatory.certificateExpiresOn()));
        }
        if (security != null) {
            for (int i = 0; i < security.certifications().size(); i++) {
                Certificate c = security.certifications().get(i);
                if (c != null && c.expiresOn() != null) {
                    expiries.add(new Expiry("security.certifications[" + i + "].expiresOn", c.name(), c.expiresOn()));
                }
            }
            if (security.penetrationTestOn() != null) {
                expiries.add(new Expiry("security.penetrationTestOn", "Penetration test " + security.penetrationTestOn(),
                        security.penetrationTestOn().plus(PENETRATION_TEST_VALIDITY)));
            }
        }
        return expiries;
    }

    /** The certificates that have expired by {@code today}. An approved solution with one of these is due for review again. */
    public List<Expiry> expiredOn(LocalDate today) {
        return expiries().stream().filter(e -> e.expiresOn().isBefore(today)).toList();
    }

    /** The day the first certificate expires, if any does. */
    public Optional<LocalDate> firstExpiry() {
        return expiries().stream().map(Expiry::expiresOn).min(Comparator.naturalOrder());
    }
}
