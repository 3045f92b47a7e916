package dk.healthmarket.solution;

import java.math.BigDecimal;
import java.time.LocalDate;
import dk.healthmarket.shared.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
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

    public record ClinicalEvidence(EvidenceLevel level, List<@NotNull Study> studies) {

        public ClinicalEvidence {
            studies = Copies.list(studies);
        }
    }

    /** One study: its design, where to read it (DOI or web address), whom it studied and what it found. */
    public record Study(StudyType type, String reference, String population, String mainResult) {
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

    /**
     * The certificates that have expired by {@code today}: the notified body's certificate and the
     * security certifications. An approved solution with one of these goes back for review.
     */
    public List<String> expiredOn(LocalDate today) {
        List<String> expired = new ArrayList<>();
        if (regulatory != null && regulatory.certificateExpiresOn() != null && regulatory.certificateExpiresOn().isBefore(today)) {
            expired.add(regulatory.notifiedBodyCertificate() == null ? "MDR certificate" : regulatory.notifiedBodyCertificate());
        }
        if (security != null) {
            security.certifications().stream()
                    .filter(c -> c.expiresOn() != null && c.expiresOn().isBefore(today))
                    .forEach(c -> expired.add(c.name()));
        }
        return expired;
    }
}
