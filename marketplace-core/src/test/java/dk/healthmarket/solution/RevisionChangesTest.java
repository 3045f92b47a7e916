package dk.healthmarket.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.healthmarket.organisation.Cvr;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionChangesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static SolutionDraft draft(String summary, Set<ContentLanguage> languages, Documentation documentation) {
        return new SolutionDraft("KOL Hjem", summary, "Beskrivelse", languages, Set.of(SolutionCategory.REMOTE_PATIENT_MONITORING),
                Set.of(Condition.COPD), Set.of(), Set.of(CareSetting.HOME), null, "salg@kolhjem.example.dk", null, documentation, null);
    }

    @Test
    void changesAreNamedFieldByFieldAndSetsCompareWithoutOrder() {
        var c = CompletenessTest.complete(MdrClass.CLASS_IIA);
        var solution = new Solution(new Organisation("KOL Hjem ApS", OrganisationType.COMPANY, null, Cvr.of("29000018"), NOW), NOW);
        var first = solution.start(draft("Før", Set.of(ContentLanguage.DA, ContentLanguage.EN), c), NOW);

        var figures = List.of(new Documentation.HoursSaved(StaffGroup.NURSE, new BigDecimal("8"), "Tidsregistrering i drift"),
                new Documentation.HoursSaved(StaffGroup.DOCTOR, new BigDecimal("1.5"), "Lægernes kalender"));
        var changed = new Documentation(new Documentation.Regulatory(MdrClass.CLASS_IIA, c.regulatory().ceDeclaration(), null, null),
                c.evidence(), c.safety(), c.dataProtection(), c.security(),
                new Documentation.Interoperability(Set.of(InteroperabilityStandard.MEDCOM_MESSAGES, InteroperabilityStandard.HL7_FHIR_R4), null),
                c.usability(), new Documentation.LabourSaving(figures));
        var second = new SolutionRevision(solution, 2, draft("Efter", Set.of(ContentLanguage.EN, ContentLanguage.DA), changed), NOW);

        assertEquals(List.of(
                new RevisionChanges.Change("documentation.labourSaving.figures[0].evidence", "Tidsregistrering i pilotdrift, 40 patienter i 6 måneder",
                        "Tidsregistrering i drift"),
                new RevisionChanges.Change("documentation.labourSaving.figures[0].hoursPerPatientPerYear", "6.5", "8"),
                new RevisionChanges.Change("documentation.labourSaving.figures[1].evidence", null, "Lægernes kalender"),
                new RevisionChanges.Change("documentation.labourSaving.figures[1].hoursPerPatientPerYear", null, "1.5"),
                new RevisionChanges.Change("documentation.labourSaving.figures[1].staffGroup", null, "DOCTOR"),
                new RevisionChanges.Change("documentation.regulatory.certificateExpiresOn", c.regulatory().certificateExpiresOn().toString(), null),
                new RevisionChanges.Change("documentation.regulatory.notifiedBodyCertificate", "BSI 2797 MDR 123456", null),
                new RevisionChanges.Change("summary", "Før", "Efter")),
                RevisionChanges.between(first, second));
        assertEquals(List.of(), RevisionChanges.between(second, second));
    }

    @Test
    void aFingerprintIgnoresOrderButNotContent() {
        var c = CompletenessTest.complete(MdrClass.CLASS_I);
        var solution = new Solution(new Organisation("KOL Hjem ApS", OrganisationType.COMPANY, null, Cvr.of("29000018"), NOW), NOW);
        var first = solution.start(draft("Før", Set.of(ContentLanguage.DA), c), NOW);
        var reordered = new Documentation(c.regulatory(), c.evidence(), c.safety(), c.dataProtection(), c.security(),
                new Documentation.Interoperability(Set.of(InteroperabilityStandard.MEDCOM_MESSAGES, InteroperabilityStandard.HL7_FHIR_R4), null),
                c.usability(), c.labourSaving());
        var second = new SolutionRevision(solution, 2, draft("Efter", Set.of(ContentLanguage.DA), reordered), NOW);
        assertEquals(SectionFingerprint.of(first, AssessmentDomain.INTEROPERABILITY), SectionFingerprint.of(second, AssessmentDomain.INTEROPERABILITY));
        var other = new Documentation(c.regulatory(), c.evidence(), c.safety(), c.dataProtection(), c.security(),
                new Documentation.Interoperability(Set.of(InteroperabilityStandard.HL7_FHIR_R4), null), c.usability(), c.labourSaving());
        var third = new SolutionRevision(solution, 3, draft("Efter", Set.of(ContentLanguage.DA), other), NOW);
        assertEquals(false, SectionFingerprint.of(first, AssessmentDomain.INTEROPERABILITY).equals(SectionFingerprint.of(third, AssessmentDomain.INTEROPERABILITY)));
        assertEquals(SectionFingerprint.of(first, AssessmentDomain.REGULATORY), SectionFingerprint.of(third, AssessmentDomain.REGULATORY));
    }
}
