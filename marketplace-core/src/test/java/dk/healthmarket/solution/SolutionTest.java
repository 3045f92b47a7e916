package dk.healthmarket.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.healthmarket.organisation.Cvr;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationType;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.PermissionDeniedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SolutionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Organisation COMPANY = new Organisation("KOL Hjem ApS", OrganisationType.COMPANY, null, Cvr.of("29000018"), NOW);
    private static final Organisation CENTRE = new Organisation("Nationalt Center for Sundhedsinnovation", OrganisationType.INNOVATION_CENTRE, null, null, NOW);

    private static SolutionDraft draft(String name, Documentation documentation) {
        return new SolutionDraft(name, "Kort resumé", "Beskrivelse", Set.of(ContentLanguage.DA), Set.of(SolutionCategory.REMOTE_PATIENT_MONITORING),
                Set.of(Condition.COPD), Set.of(PopulationSegment.COMPLEX_CHRONIC_DISEASE), Set.of(CareSetting.HOME), null, null, null, documentation);
    }

    private static ReviewDecision decision(SolutionStatus decision, Verdict everywhere, String reasons) {
        Map<AssessmentDomain, Verdict> verdicts = new EnumMap<>(AssessmentDomain.class);
        Arrays.stream(AssessmentDomain.values()).forEach(d -> verdicts.put(d, everywhere));
        return new ReviewDecision(decision, reasons, verdicts, Map.of(AssessmentDomain.CLINICAL_EVIDENCE, "Studiet er lille."));
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
        var noReasons = assertThrows(InvalidInputException.class, () -> solution.decide(decision(SolutionStatus.CHANGES_REQUESTED, Verdict.PARTLY, " "), NOW));
        assertEquals("reasons", noReasons.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> solution.decide(decision(SolutionStatus.APPROVED, Verdict.PARTLY, null), NOW));
        solution.decide(decision(SolutionStatus.CHANGES_REQUESTED, Verdict.PARTLY, "Uddyb evidensen."), NOW);

        var sentBack = solution.working();
        solution.edit(draft("KOL Hjem 1.1", CompletenessTest.complete(MdrClass.CLASS_I)), NOW);
        assertSame(sentBack, solution.working(), "changes go into the revision sent back");
        solution.submit(TODAY, NOW);
        solution.takeIntoReview(CENTRE, NOW);
        solution.decide(decision(SolutionStatus.APPROVED, Verdict.MEETS, null), NOW);
        assertSame(solution.working(), solution.approved().orElseThrow());

        solution.edit(draft("KOL Hjem 2", CompletenessTest.complete(MdrClass.CLASS_I)), NOW);
        assertEquals(2, solution.working().number(), "after approval a change is the next revision");
        assertEquals("KOL Hjem 1.1", solution.approved().orElseThrow().name(), "the approved revision stays public meanwhile");
    }

    @Test
    void aDecisionIsOneOfThreeAndEveryDomainNeedsAVerdict() {
        var partial = new ReviewDecision(SolutionStatus.REJECTED, "Ikke dokumenteret", Map.of(AssessmentDomain.REGULATORY, Verdict.MISSING), null);
        assertEquals(AssessmentDomain.values().length - 1, partial.problems().size());
        assertEquals("decision", decision(SolutionStatus.WITHDRAWN, Verdict.MEETS, "x").problems().get(0).field());
    }
}
