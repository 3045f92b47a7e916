package dk.healthmarket.solution;

import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a solution's documentation still lacks before it can be submitted, per assessment domain,
 * each gap named by its field ({@code regulatory.notifiedBodyCertificate}, {@code
 * evidence.studies[0].reference}) so the form can show it where it belongs.
 */
public final class Completeness {

    private Completeness() {
    }

    /** The gaps, by domain in the framework's order; empty when the documentation is complete. */
    public static Map<AssessmentDomain, List<FieldError>> missing(Documentation d, LocalDate today) {
        Map<AssessmentDomain, List<FieldError>> gaps = new EnumMap<>(AssessmentDomain.class);
        add(gaps, AssessmentDomain.REGULATORY, regulatory(d.regulatory()));
        add(gaps, AssessmentDomain.CLINICAL_EVIDENCE, evidence(d.evidence()));
        add(gaps, AssessmentDomain.CLINICAL_SAFETY, safety(d.safety()));
        add(gaps, AssessmentDomain.DATA_PROTECTION, dataProtection(d.dataProtection()));
        add(gaps, AssessmentDomain.INFORMATION_SECURITY, security(d.security(), today));
        add(gaps, AssessmentDomain.INTEROPERABILITY, interoperability(d.interoperability()));
        add(gaps, AssessmentDomain.USABILITY_ACCESSIBILITY, usability(d.usability()));
        add(gaps, AssessmentDomain.LABOUR_SAVING, labourSaving(d.labourSaving()));
        for (Documentation.Expiry expired : d.expiredOn(today)) {
            gaps.computeIfAbsent(domainOf(expired.field()), domain -> new ArrayList<>())
                    .add(new FieldError(expired.field(), Text.of("solution.missing.expired", expired.certificate(), expired.expiresOn().toString())));
        }
        return gaps;
    }

    private static List<FieldError> regulatory(Documentation.Regulatory r) {
        List<FieldError> gaps = new ArrayList<>();
        if (r == null || r.mdrClass() == null) {
            gaps.add(required("regulatory.mdrClass"));
            return gaps;
        }
        if (r.mdrClass().isDevice() && blank(r.ceDeclaration())) {
            gaps.add(new FieldError("regulatory.ceDeclaration", Text.of("solution.missing.ceDeclaration")));
        }
        if (r.mdrClass().needsNotifiedBody() && blank(r.notifiedBodyCertificate())) {
            gaps.add(new FieldError("regulatory.notifiedBodyCertificate", Text.of("solution.missing.notifiedBody", r.mdrClass().name())));
        }
        return gaps;
    }

    private static AssessmentDomain domainOf(String field) {
        return field.startsWith("regulatory.") ? AssessmentDomain.REGULATORY : AssessmentDomain.INFORMATION_SECURITY;
    }

    private static List<FieldError> evidence(Documentation.ClinicalEvidence e) {
        List<FieldError> gaps = new ArrayList<>();
        if (e == null || e.level() == null) {
            gaps.add(required("evidence.level"));
        }
        if (e == null || blank(e.transferability())) {
            gaps.add(new FieldError("evidence.transferability", Text.of("solution.missing.transferability")));
        }
        if (e == null || e.studies().isEmpty()) {
            gaps.add(new FieldError("evidence.studies", Text.of("solution.missing.study")));
            return gaps;
        }
        for (int i = 0; i < e.studies().size(); i++) {
            Documentation.Study study = e.studies().get(i);
            String field = "evidence.studies[" + i + "].";
            if (study.type() == null) {
                gaps.add(required(field + "type"));
            }
            if (!EvidenceReference.isValid(study.reference())) {
                gaps.add(new FieldError(field + "reference", Text.of("solution.missing.reference")));
            }
            if (blank(study.population())) {
                gaps.add(required(field + "population"));
            }
            if (blank(study.mainResult())) {
                gaps.add(required(field + "mainResult"));
            }
            if (study.outcomes().isEmpty()) {
                gaps.add(new FieldError(field + "outcomes", Text.of("solution.missing.outcomes")));
            }
        }
        return gaps;
    }

    private static List<FieldError> safety(Documentation.ClinicalSafety s) {
        return s == null || blank(s.hazardLogSummary()) ? List.of(required("safety.hazardLogSummary")) : List.of();
    }

    private static List<FieldError> dataProtection(Documentation.DataProtection p) {
        List<FieldError> gaps = new ArrayList<>();
        if (p == null || p.processesHealthData() == null) {
            gaps.add(required("dataProtection.processesHealthData"));
            return gaps;
        }
        if (p.processesHealthData()) {
            if (blank(p.dpiaSummary())) {
                gaps.add(required("dataProtection.dpiaSummary"));
            }
            if (!Boolean.TRUE.equals(p.dataProcessingAgreement())) {
                gaps.add(new FieldError("dataProtection.dataProcessingAgreement", Text.of("solution.missing.dataProcessingAgreement")));
            }
            if (p.dataInEuEea() == null) {
                gaps.add(required("dataProtection.dataInEuEea"));
            }
        }
        return gaps;
    }

    private static List<FieldError> security(Documentation.InformationSecurity s, LocalDate today) {
        List<FieldError> gaps = new ArrayList<>();
        if (s == null || s.penetrationTestOn() == null) {
            gaps.add(required("security.penetrationTestOn"));
        } else if (s.penetrationTestOn().isAfter(today)) {
            gaps.add(new FieldError("security.penetrationTestOn", Text.of("solution.missing.pastDate")));
        }
        if (s != null) {
            for (int i = 0; i < s.certifications().size(); i++) {
                if (blank(s.certifications().get(i).name())) {
                    gaps.add(required("security.certifications[" + i + "].name"));
                }
            }
        }
        return gaps;
    }

    private static List<FieldError> interoperability(Documentation.Interoperability i) {
        if (i == null || i.standards().isEmpty()) {
            return List.of(new FieldError("interoperability.standards", Text.of("solution.missing.standard")));
        }
        if (i.standards().contains(InteroperabilityStandard.OTHER) && blank(i.otherStandards())) {
            return List.of(required("interoperability.otherStandards"));
        }
        return List.of();
    }

    private static List<FieldError> usability(Documentation.Usability u) {
        List<FieldError> gaps = new ArrayList<>();
        if (u == null || u.patientFacing() == null) {
            gaps.add(required("usability.patientFacing"));
        } else if (u.patientFacing() && u.wcag21AaConformant() == null) {
            gaps.add(new FieldError("usability.wcag21AaConformant", Text.of("solution.missing.wcag")));
        }
        if (u == null || u.languages().isEmpty()) {
            gaps.add(required("usability.languages"));
        }
        return gaps;
    }

    private static List<FieldError> labourSaving(Documentation.LabourSaving l) {
        List<FieldError> gaps = new ArrayList<>();
        if (l == null || l.figures().isEmpty()) {
            gaps.add(new FieldError("labourSaving.figures", Text.of("solution.missing.labourSaving")));
            return gaps;
        }
        for (int i = 0; i < l.figures().size(); i++) {
            Documentation.HoursSaved figure = l.figures().get(i);
            String field = "labourSaving.figures[" + i + "].";
            if (figure.staffGroup() == null) {
                gaps.add(required(field + "staffGroup"));
            }
            if (figure.hoursPerPatientPerYear() == null || figure.hoursPerPatientPerYear().compareTo(BigDecimal.ZERO) < 0) {
                gaps.add(new FieldError(field + "hoursPerPatientPerYear", Text.of("solution.missing.hours")));
            }
            if (blank(figure.evidence())) {
                gaps.add(required(field + "evidence"));
            }
        }
        return gaps;
    }

    private static void add(Map<AssessmentDomain, List<FieldError>> gaps, AssessmentDomain domain, List<FieldError> found) {
        if (!found.isEmpty()) {
            gaps.put(domain, new ArrayList<>(found));
        }
    }

    private static FieldError required(String field) {
        return new FieldError(field, Text.of("solution.missing.required"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
