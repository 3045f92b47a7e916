package dk.healthmarket.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.healthmarket.account.Role;
import dk.healthmarket.account.UserAccount;
import dk.healthmarket.organisation.Cvr;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationType;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.PermissionDeniedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SolutionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Organisation COMPANY = new Organisation("KOL Hjem ApS", OrganisationType.COMPANY, null, Cvr.of("29000018"), NOW);
    private static final Organisation CENTRE = new Organisation("Nationalt Center for Sundhedsinnovation", OrganisationType.INNOVATION_CENTRE, null, null, NOW);
    private static final UserAccount REVIEWER = new UserAccount("bedoemmer@center.example.dk", "Bente Bedømmer", CENTRE, Set.of(Role.REVIEWER), "hash", NOW);

    private static SolutionDraft draft(String name, Documentation documentation) {
        return new SolutionDraft(name, "Kort resumé", "Beskrivelse", Set.of(ContentLanguage.DA), Set.of(SolutionCategory.REMOTE_PATIENT_MONITORING),
                Set.of(Condition.COPD), Set.of(PopulationSegment.COMPLEX_CHRONIC_DISEASE), Set.of(CareSetting.HOME), null, null, null, documentation, null);
    }

    private static ReviewDecision decision(SolutionStatus decision, Verdict everywhere, String reasons) {
        Map<AssessmentDomain, Verdict> verdicts = new EnumMap<>(AssessmentDomain.class);
        Arrays.stream(AssessmentDomain.values()).forEach(d -> verdicts.put(d, everywhere));
        return new ReviewDecision(decision, reasons, verdicts, Map.of(AssessmentDomain.CLINICAL_EVIDENCE, "Studiet er lille."), null);
    }

    private static Solution submitted() {
        var solution = new Solution(COMPANY, NOW);
        solution.start(draft("KOL Hjem", CompletenessTest.complete(MdrClass.CLASS_I)), NOW);
        solution.submit(TODAY, NOW);
        return solution;
    }

    @Test
    void anIncompleteRevisionIsNotSubmittedAndEveryGapIsNamed() {
        var solution = new Solution(COMPANY, NOW);
        solution.start(draft("Tom", null), NOW);
        var refused = assertThrows(InvalidInputException.class, () -> solution.submit(TODAY, NOW));
        assertTrue(refused.errors().stream().map(FieldError::field).anyMatch("documentation.regulatory.mdrClass"::equals));
        assertEquals(SolutionStatus.DRAFT, solution.working().status());
    }

    @Test
    void aDraftHoldsWhatItWasSavedWithAndNothingElse() {
        var solution = new Solution(COMPANY, NOW);
        var documentation = CompletenessTest.complete(MdrClass.CLASS_IIA);
        solution.start(draft("KOL Hjem", documentation), NOW);
        assertTrue(solution.holds(draft("KOL Hjem", CompletenessTest.complete(MdrClass.CLASS_IIA))));
        assertFalse(solution.holds(draft("KOL Hjem 2", documentation)));
        assertFalse(solution.holds(draft("KOL Hjem", CompletenessTest.complete(MdrClass.CLASS_IIB))));
        solution.submit(TODAY, NOW);
        assertFalse(solution.holds(draft("KOL Hjem", documentation)), "a frozen revision holds no draft; editing it is refused instead");
    }

    @Test
    void nobodyReviewsASolutionOfTheirOwnOrganisation() {
        var solution = submitted();
        assertThrows(PermissionDeniedException.class, () -> solution.takeIntoReview(COMPANY, NOW));
        assertEquals(SolutionStatus.SUBMITTED, solution.working().status());
        solution.takeIntoReview(CENTRE, NOW);
        assertEquals(SolutionStatus.IN_REVIEW, solution.working().status());
    }

    @Test
    void aRevisionSentBackIsEditedAndResubmittedAndOnlyOneMeetingEveryDomainIsApproved() {
        var solution = submitted();
        assertThrows(ConflictException.class, () -> solution.edit(draft("Under bedømmelse", null), NOW), "a submitted revision is frozen");
        solution.takeIntoReview(CENTRE, NOW);
        var noReasons = assertThrows(InvalidInputException.class, () -> solution.decide(decision(SolutionStatus.CHANGES_REQUESTED, Verdict.PARTLY, " "), REVIEWER, NOW));
        assertEquals("reasons", noReasons.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> solution.decide(decision(SolutionStatus.APPROVED, Verdict.PARTLY, null), REVIEWER, NOW));
        solution.decide(decision(SolutionStatus.CHANGES_REQUESTED, Verdict.PARTLY, "Uddyb evidensen."), REVIEWER, NOW);

        var sentBack = solution.working();
        solution.edit(draft("KOL Hjem 1.1", CompletenessTest.complete(MdrClass.CLASS_I)), NOW);
        assertSame(sentBack, solution.working(), "changes go into the revision sent back");
        solution.submit(TODAY, NOW);
        solution.takeIntoReview(CENTRE, NOW);
        solution.decide(decision(SolutionStatus.APPROVED, Verdict.MEETS, null), REVIEWER, NOW);
        assertSame(solution.working(), solution.approved().orElseThrow());

        solution.edit(draft("KOL Hjem 2", CompletenessTest.complete(MdrClass.CLASS_I)), NOW);
        assertEquals(2, solution.working().number(), "after approval a change is the next revision");
        assertEquals("KOL Hjem 1.1", solution.approved().orElseThrow().name(), "the approved revision stays public meanwhile");
    }

    @Test
    void aDecisionIsOneOfThreeAndEveryDomainNeedsAVerdict() {
        var partial = new ReviewDecision(SolutionStatus.REJECTED, "Ikke dokumenteret", Map.of(AssessmentDomain.REGULATORY, Verdict.MISSING), null, null);
        assertEquals(AssessmentDomain.values().length - 1, partial.problems().size());
        assertEquals("decision", decision(SolutionStatus.WITHDRAWN, Verdict.MEETS, "x").problems().get(0).field());
    }

    @Test
    void aValidationHoldsForTheContentCheckedInThisAndLaterRevisions() {
        var solution = submitted();
        solution.takeIntoReview(CENTRE, NOW);
        var meets = decision(SolutionStatus.APPROVED, Verdict.MEETS, null);
        solution.decide(new ReviewDecision(SolutionStatus.APPROVED, null, meets.verdicts(), null,
                Set.of(AssessmentDomain.REGULATORY, AssessmentDomain.CLINICAL_EVIDENCE)), REVIEWER, NOW);
        var first = solution.working();
        assertEquals(1, solution.provenance(first, AssessmentDomain.REGULATORY).orElseThrow().revisionNumber());
        assertTrue(solution.provenance(first, AssessmentDomain.LABOUR_SAVING).isEmpty(), "not validated: self-declared");

        var c = CompletenessTest.complete(MdrClass.CLASS_I);
        var studies = new ArrayList<>(c.evidence().studies());
        studies.add(new Documentation.Study(StudyType.PILOT, "https://example.dk/pilot.pdf", "30 borgere", "Færre besøg", Set.of(MastDomain.ORGANISATION)));
        solution.edit(draft("KOL Hjem 2", new Documentation(c.regulatory(), new Documentation.ClinicalEvidence(c.evidence().level(), studies,
                c.evidence().transferability()), c.safety(), c.dataProtection(), c.security(), c.interoperability(), c.usability(), c.labourSaving())), NOW);
        var second = solution.working();
        assertEquals(2, second.number());
        assertEquals(REVIEWER, solution.provenance(second, AssessmentDomain.REGULATORY).orElseThrow().validatedBy(), "an unchanged section keeps it");
        assertTrue(solution.provenance(second, AssessmentDomain.CLINICAL_EVIDENCE).isEmpty(), "a changed section is self-declared again");
    }

    @Test
    void onlyADomainThatMeetsCanBeValidated() {
        Map<AssessmentDomain, Verdict> verdicts = new EnumMap<>(decision(SolutionStatus.CHANGES_REQUESTED, Verdict.MEETS, "x").verdicts());
        verdicts.put(AssessmentDomain.LABOUR_SAVING, Verdict.PARTLY);
        var problems = new ReviewDecision(SolutionStatus.CHANGES_REQUESTED, "Mål tidsforbruget", verdicts, null,
                Set.of(AssessmentDomain.LABOUR_SAVING, AssessmentDomain.REGULATORY)).problems();
        assertEquals(List.of("validated.LABOUR_SAVING"), problems.stream().map(FieldError::field).toList());
    }

    @Test
    void anApprovedSolutionWithAnExpiredCertificateIsDueForReviewAgain() {
        var solution = submitted();
        solution.takeIntoReview(CENTRE, NOW);
        solution.decide(decision(SolutionStatus.APPROVED, Verdict.MEETS, null), REVIEWER, NOW);
        assertEquals(List.of(), solution.expiredCertificates(TODAY));
        var later = TODAY.plusYears(1).plusDays(1);
        assertEquals(List.of("ISO/IEC 27001", "Penetration test " + TODAY.minusMonths(4)),
                solution.expiredCertificates(later).stream().map(Documentation.Expiry::certificate).toList());
    }
}
