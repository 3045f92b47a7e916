package dk.healthmarket.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationType;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.SolutionCategory;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Organisation LEAD = new Organisation("Den Nationale Sundhedsorganisation",
            OrganisationType.NATIONAL_HEALTH_ORGANISATION, null, null, NOW);

    private static TenderDraft draft(String mainCpv, List<String> additional, Instant submission) {
        return new TenderDraft("Telemedicin til hjertesvigt", "Fælles udbud.", Procedure.INNOVATION_PARTNERSHIP, new BigDecimal("1000000"),
                mainCpv, additional, List.of(), List.of(new TenderDraft.LotDraft("Platform", null, null)),
                List.of(new AwardCriterion("Pris", CriterionKind.PRICE, 30), new AwardCriterion("Kvalitet", CriterionKind.QUALITY, 70)),
                submission == null ? null : submission.minus(Duration.ofDays(10)), submission,
                submission == null ? null : submission.plus(Duration.ofDays(20)), Set.of(SolutionCategory.TELEMEDICINE_HOME_TREATMENT),
                Set.of(PopulationSegment.COMPLEX_CHRONIC_DISEASE));
    }

    private static Tender published(Instant submission) {
        var tender = new Tender(LEAD, draft("33190000", List.of(), submission), List.of(), NOW);
        tender.publish(NOW, Period.ofDays(30));
        return tender;
    }

    @Test
    void aNewTenderIsADraftWithNumberedLotsAndItsCriteria() {
        var tender = new Tender(LEAD, draft("33190000", List.of("48180000"), null), List.of(), NOW);
        assertEquals(TenderStatus.DRAFT, tender.status());
        assertEquals(1, tender.lots().get(0).number());
        assertEquals("48180000", tender.additionalCpv().get(0));
        assertEquals(70, tender.awardCriteria().qualityAndLabourSavingWeight());
        assertEquals(Set.of(SolutionCategory.TELEMEDICINE_HOME_TREATMENT), tender.categories());
        assertEquals(Set.of(PopulationSegment.COMPLEX_CHRONIC_DISEASE), tender.populationSegments());
    }

    @Test
    void cpvCodesMustBeKnownAndNotRepeated() {
        var refused = assertThrows(InvalidInputException.class,
                () -> new Tender(LEAD, draft("12345678", List.of("33190000", "33190000", "4818"), null), List.of(), NOW));
        assertEquals(List.of("mainCpv", "additionalCpv[1]", "additionalCpv[2]"), refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void publishingChecksTheDeadlinesAndLeavesADraftWhenTheyFail() {
        var tender = new Tender(LEAD, draft("33190000", List.of(), NOW.plus(Duration.ofDays(29))), List.of(), NOW);
        assertThrows(InvalidInputException.class, () -> tender.publish(NOW, Period.ofDays(30)));
        assertEquals(TenderStatus.DRAFT, tender.status());
        tender.publish(NOW, Period.ofDays(20));
        assertEquals(TenderStatus.PUBLISHED, tender.status());
        assertEquals(NOW, tender.publishedAt().orElseThrow());
    }

    @Test
    void onlyADraftCanBeEditedLikeThis() {
        var tender = published(NOW.plus(Duration.ofDays(31)));
        var refused = assertThrows(ConflictException.class, () -> tender.edit(draft("33190000", List.of(), null), List.of()));
        assertEquals("The tender is PUBLISHED; only a draft can be changed like this.", refused.getMessage());
    }

    @Test
    void aTenderClosesAtItsDeadlineAndClosingTwiceChangesNothing() {
        Instant deadline = NOW.plus(Duration.ofDays(31));
        var tender = published(deadline);
        assertThrows(ConflictException.class, () -> tender.close(deadline.minusMillis(1)));
        assertTrue(tender.close(deadline));
        assertEquals(TenderStatus.CLOSED, tender.status());
        assertFalse(tender.close(deadline.plusSeconds(60)));
        assertEquals(deadline, tender.closedAt().orElseThrow());
    }

    @Test
    void amendmentsAreNumberedAndDated() {
        Instant deadline = NOW.plus(Duration.ofDays(31));
        var tender = published(deadline);
        tender.amend(draft("33190000", List.of("48180000"), deadline), List.of(), " Tilføjet CPV 48180000. ", NOW.plus(Duration.ofDays(1)), Period.ofDays(6));
        tender.amend(draft("33190000", List.of(), deadline.plus(Duration.ofDays(7))), List.of(), "Fristen forlænget.", NOW.plus(Duration.ofDays(2)), Period.ofDays(6));
        assertEquals(List.of(1, 2), tender.amendments().stream().map(Amendment::number).toList());
        assertEquals("Tilføjet CPV 48180000.", tender.amendments().get(0).summary());
        assertEquals(deadline.plus(Duration.ofDays(7)), tender.deadlines().submission());
    }

    @Test
    void anAmendmentCloseToTheDeadlineMustExtendIt() {
        Instant deadline = NOW.plus(Duration.ofDays(31));
        var tender = published(deadline);
        Instant lateInTheDay = deadline.minus(Duration.ofDays(3));
        var refused = assertThrows(InvalidInputException.class,
                () -> tender.amend(draft("33190000", List.of(), deadline), List.of(), "Ny kravspecifikation.", lateInTheDay, Period.ofDays(6)));
        assertEquals("a change this close to the deadline must move the submission deadline to at least 6 days from now", refused.getMessage());
        assertEquals(0, tender.amendments().size());
        tender.amend(draft("33190000", List.of(), lateInTheDay.plus(Duration.ofDays(6))), List.of(), "Ny kravspecifikation.", lateInTheDay, Period.ofDays(6));
        assertEquals(1, tender.amendments().size());
    }

    @Test
    void anAmendmentNeverBringsTheDeadlineForwardAndDraftsAreNotAmended() {
        Instant deadline = NOW.plus(Duration.ofDays(31));
        var tender = published(deadline);
        assertThrows(InvalidInputException.class,
                () -> tender.amend(draft("33190000", List.of(), deadline.minus(Duration.ofDays(1))), List.of(), "Kortere frist.", NOW, Period.ofDays(6)));
        var draft = new Tender(LEAD, draft("33190000", List.of(), null), List.of(), NOW);
        assertThrows(ConflictException.class, () -> draft.amend(draft("33190000", List.of(), deadline), List.of(), "?", NOW, Period.ofDays(6)));
    }

    @Test
    void aDraftCannotCloseAndACancelledTenderStaysCancelled() {
        var draft = new Tender(LEAD, draft("33190000", List.of(), null), List.of(), NOW);
        assertThrows(ConflictException.class, () -> draft.close(NOW));
        draft.cancel("  Behovet er bortfaldet. ");
        assertEquals("Behovet er bortfaldet.", draft.cancellationReason().orElseThrow());
        assertThrows(ConflictException.class, () -> draft.cancel("igen"));
        assertThrows(ConflictException.class, () -> draft.publish(NOW, Period.ofDays(30)));
    }

    @Test
    void bidsCountWhenReceivedBeforeTheDeadlineEvenIfStoredAfterItClosed() {
        Instant deadline = NOW.plus(Duration.ofDays(40));
        var tender = published(deadline);
        tender.requireAcceptsBidsReceivedAt(deadline.minusNanos(1000));
        assertThrows(ConflictException.class, () -> tender.requireAcceptsBidsReceivedAt(deadline));
        tender.close(deadline);
        tender.requireAcceptsBidsReceivedAt(deadline.minusNanos(1000));
        assertThrows(ConflictException.class, () -> tender.requireAcceptsBidsReceivedAt(deadline.plusSeconds(1)));
        tender.open(deadline.plusSeconds(60));
        assertThrows(ConflictException.class, () -> tender.requireAcceptsBidsReceivedAt(deadline.minusNanos(1000)),
                "once opened, nothing more is taken");
    }

    @Test
    void onlyAClosedTenderIsOpenedAndOnlyOnce() {
        Instant deadline = NOW.plus(Duration.ofDays(40));
        var tender = published(deadline);
        assertThrows(ConflictException.class, () -> tender.open(NOW));
        assertFalse(tender.bidsOpened());
        tender.close(deadline);
        tender.open(deadline.plusSeconds(5));
        assertTrue(tender.bidsOpened());
        assertEquals(TenderStatus.UNDER_EVALUATION, tender.status());
        var again = assertThrows(ConflictException.class, () -> tender.open(deadline.plusSeconds(6)));
        assertEquals("UNDER_EVALUATION", again.text().arguments()[0]);
    }

    @Test
    void anAwardCanBeReversedDuringTheStandstillAndTheContractConcludedOnlyAfterIt() {
        Instant deadline = NOW.plus(Duration.ofDays(40));
        var tender = published(deadline);
        tender.close(deadline);
        assertThrows(ConflictException.class, () -> tender.award(deadline, deadline.plus(Duration.ofDays(10))), "not opened yet");
        tender.open(deadline);
        Instant awarded = deadline.plus(Duration.ofDays(3));
        Instant standstillEnds = awarded.plus(Duration.ofDays(10));
        tender.award(awarded, standstillEnds);
        assertEquals(TenderStatus.AWARDED, tender.status());
        assertThrows(ConflictException.class, () -> tender.conclude(standstillEnds.minusSeconds(1)));
        tender.reverseAward(standstillEnds.minusSeconds(1));
        assertEquals(TenderStatus.UNDER_EVALUATION, tender.status());
        assertTrue(tender.standstillEndsAt().isEmpty());

        Instant again = standstillEnds.plus(Duration.ofDays(1));
        tender.award(again, again.plus(Duration.ofDays(10)));
        assertThrows(ConflictException.class, () -> tender.reverseAward(again.plus(Duration.ofDays(10))), "the standstill is over");
        tender.conclude(again.plus(Duration.ofDays(10)));
        assertEquals(TenderStatus.CONCLUDED, tender.status());
        assertThrows(ConflictException.class, () -> tender.cancel("for sent"));
    }

    @Test
    void questionsAndBidsAreTakenOnlyWhilePublishedAndBeforeTheirDeadlines() {
        Instant deadline = NOW.plus(Duration.ofDays(40));
        var tender = published(deadline);
        Instant questionsClose = tender.deadlines().clarification();
        assertTrue(tender.takesQuestionsAt(questionsClose.minusSeconds(1)));
        assertFalse(tender.takesQuestionsAt(questionsClose));
        assertTrue(tender.takesBidsAt(deadline.minusSeconds(1)));
        assertFalse(tender.takesBidsAt(deadline));
        tender.cancel("Behovet er bortfaldet.");
        assertFalse(tender.takesBidsAt(NOW) || tender.takesQuestionsAt(NOW), "a cancelled tender takes nothing");
    }
}
