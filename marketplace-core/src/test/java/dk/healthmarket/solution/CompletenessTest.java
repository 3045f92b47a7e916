package dk.healthmarket.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.healthmarket.shared.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Documentation complete(MdrClass mdrClass) {
        return new Documentation(
                new Documentation.Regulatory(mdrClass, "EU-overensstemmelseserklæring 2025-04", "BSI 2797 MDR 123456", TODAY.plusYears(3)),
                new Documentation.ClinicalEvidence(EvidenceLevel.TIER_C, List.of(new Documentation.Study(StudyType.RCT,
                        "10.2196/jmir.9316", "212 KOL-patienter i Region Nordjylland", "22 % færre indlæggelser",
                        Set.of(MastDomain.CLINICAL_EFFECTIVENESS, MastDomain.ECONOMICS))),
                        "Afprøvet i to regioner med forskellig organisering af hjemmesygeplejen."),
                new Documentation.ClinicalSafety("Hazard log efter DCB0129; 14 risici, alle under tolerancegrænsen."),
                new Documentation.DataProtection(true, "DPIA gennemført 2025; restrisiko lav.", true, true),
                new Documentation.InformationSecurity(List.of(new Documentation.Certificate("ISO/IEC 27001", TODAY.plusYears(1))), TODAY.minusMonths(4)),
                new Documentation.Interoperability(Set.of(InteroperabilityStandard.HL7_FHIR_R4, InteroperabilityStandard.MEDCOM_MESSAGES), null),
                new Documentation.Usability(true, true, List.of("da", "en")),
                new Documentation.LabourSaving(List.of(new Documentation.HoursSaved(StaffGroup.NURSE, new BigDecimal("6.5"),
                        "Tidsregistrering i pilotdrift, 40 patienter i 6 måneder"))));
    }

    private static Map<AssessmentDomain, List<String>> gaps(Documentation documentation) {
        return Completeness.missing(documentation, TODAY).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(FieldError::field).toList()));
    }

    @Test
    void completeDocumentationHasNoGaps() {
        assertEquals(Map.of(), gaps(complete(MdrClass.CLASS_IIA)));
        assertEquals(Map.of(), gaps(complete(MdrClass.NOT_A_DEVICE)));
    }

    @Test
    void emptyDocumentationListsWhatIsMissingInEveryDomain() {
        var gaps = gaps(new Documentation(null, null, null, null, null, null, null, null));
        assertEquals(Set.of(AssessmentDomain.values()), gaps.keySet());
        assertEquals(List.of("regulatory.mdrClass"), gaps.get(AssessmentDomain.REGULATORY));
        assertEquals(List.of("evidence.level", "evidence.transferability", "evidence.studies"), gaps.get(AssessmentDomain.CLINICAL_EVIDENCE));
        assertEquals(List.of("usability.patientFacing", "usability.languages"), gaps.get(AssessmentDomain.USABILITY_ACCESSIBILITY));
    }

    @Test
    void theMdrClassDecidesWhichRegulatoryDocumentsAreNeeded() {
        for (MdrClass mdrClass : MdrClass.values()) {
            var documentation = new Documentation(new Documentation.Regulatory(mdrClass, null, null, null),
                    null, null, null, null, null, null, null);
            List<String> expected = switch (mdrClass) {
                case NOT_A_DEVICE -> List.of();
                case CLASS_I -> List.of("regulatory.ceDeclaration");
                case CLASS_IIA, CLASS_IIB, CLASS_III -> List.of("regulatory.ceDeclaration", "regulatory.notifiedBodyCertificate");
            };
            assertEquals(expected, gaps(documentation).getOrDefault(AssessmentDomain.REGULATORY, List.of()), mdrClass.name());
        }
    }

    @Test
    void studiesNeedAReadableReferenceAndHealthDataAnAgreement() {
        var c = complete(MdrClass.CLASS_I);
        var documentation = new Documentation(c.regulatory(),
                new Documentation.ClinicalEvidence(EvidenceLevel.TIER_B, List.of(new Documentation.Study(StudyType.PILOT, "Jensen 2021", " ", "ok", null)),
                        "Overførbar"),
                c.safety(), new Documentation.DataProtection(true, "DPIA", false, null), c.security(), c.interoperability(),
                new Documentation.Usability(true, null, List.of("da")), c.labourSaving());
        var gaps = gaps(documentation);
        assertEquals(List.of("evidence.studies[0].reference", "evidence.studies[0].population", "evidence.studies[0].outcomes"),
                gaps.get(AssessmentDomain.CLINICAL_EVIDENCE));
        assertEquals(List.of("dataProtection.dataProcessingAgreement", "dataProtection.dataInEuEea"), gaps.get(AssessmentDomain.DATA_PROTECTION));
        assertEquals(List.of("usability.wcag21AaConformant"), gaps.get(AssessmentDomain.USABILITY_ACCESSIBILITY));
    }

    @Test
    void noHealthDataNeedsNoDpiaButAPenTestCannotBeInTheFuture() {
        var c = complete(MdrClass.NOT_A_DEVICE);
        var documentation = new Documentation(c.regulatory(), c.evidence(), c.safety(), new Documentation.DataProtection(false, null, null, null),
                new Documentation.InformationSecurity(List.of(), TODAY.plusDays(1)), c.interoperability(), c.usability(),
                new Documentation.LabourSaving(List.of(new Documentation.HoursSaved(null, new BigDecimal("-1"), ""))));
        var gaps = gaps(documentation);
        assertEquals(null, gaps.get(AssessmentDomain.DATA_PROTECTION));
        assertEquals(List.of("security.penetrationTestOn"), gaps.get(AssessmentDomain.INFORMATION_SECURITY));
        assertEquals(List.of("labourSaving.figures[0].staffGroup", "labourSaving.figures[0].hoursPerPatientPerYear",
                "labourSaving.figures[0].evidence"), gaps.get(AssessmentDomain.LABOUR_SAVING));
    }

    @Test
    void expiredCertificatesAreNamedAndStopASubmission() {
        var c = complete(MdrClass.CLASS_IIB);
        var documentation = new Documentation(new Documentation.Regulatory(MdrClass.CLASS_IIB, "CE", "BSI 2797", TODAY.minusDays(1)),
                c.evidence(), c.safety(), c.dataProtection(),
                new Documentation.InformationSecurity(List.of(new Documentation.Certificate("ISO/IEC 27001", TODAY.minusDays(3)),
                        new Documentation.Certificate("ISAE 3000", TODAY)), TODAY.minusYears(1).minusDays(1)),
                c.interoperability(), c.usability(), c.labourSaving());
        assertEquals(List.of("BSI 2797", "ISO/IEC 27001", "Penetration test " + TODAY.minusYears(1).minusDays(1)),
                documentation.expiredOn(TODAY).stream().map(Documentation.Expiry::certificate).toList());
        assertEquals(List.of("regulatory.certificateExpiresOn"), gaps(documentation).get(AssessmentDomain.REGULATORY));
        assertEquals(List.of("security.certifications[0].expiresOn", "security.penetrationTestOn"), gaps(documentation).get(AssessmentDomain.INFORMATION_SECURITY));
        assertEquals(TODAY.minusDays(3), documentation.firstExpiry().orElseThrow(), "the earliest of them");
        assertEquals(List.of(), complete(MdrClass.CLASS_IIB).expiredOn(TODAY));
        assertEquals(TODAY.minusMonths(4).plusYears(1), complete(MdrClass.CLASS_IIB).firstExpiry().orElseThrow());
    }

    @Test
    void aPenetrationTestCountsForExactlyAYear() {
        var c = complete(MdrClass.NOT_A_DEVICE);
        var yearOld = new Documentation(c.regulatory(), c.evidence(), c.safety(), c.dataProtection(),
                new Documentation.InformationSecurity(List.of(), TODAY.minusYears(1)), c.interoperability(), c.usability(), c.labourSaving());
        assertEquals(Map.of(), gaps(yearOld), "done a year ago today still counts today");
        assertEquals(1, yearOld.expiredOn(TODAY.plusDays(1)).size(), "and not tomorrow");
    }
}
