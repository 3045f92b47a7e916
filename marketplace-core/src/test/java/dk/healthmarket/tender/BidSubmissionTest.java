package dk.healthmarket.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationType;
import dk.healthmarket.shared.FieldError;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BidSubmissionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Tender tender(AwardCriterion... criteria) {
        var lead = new Organisation("Den Nationale Sundhedsorganisation", OrganisationType.NATIONAL_HEALTH_ORGANISATION, null, null, NOW);
        return new Tender(lead, new TenderDraft("Sengealarmer", "Fælles udbud.", Procedure.OPEN, null, "33190000", List.of(), List.of(),
                List.of(new TenderDraft.LotDraft("Alarmer", null, null), new TenderDraft.LotDraft("Service", null, null)),
                List.of(criteria), null, null, null, null, null), List.of(), NOW);
    }

    private static List<String> fields(BidSubmission submission, Tender tender) {
        return submission.problemsFor(tender).stream().map(FieldError::field).toList();
    }

    @Test
    void aBidMatchingTheLotsAndCriteriaHasNoProblems() {
        var tender = tender(new AwardCriterion("Pris", CriterionKind.PRICE, 40), new AwardCriterion("Kvalitet", CriterionKind.QUALITY, 60));
        var bid = new BidSubmission(List.of(new BidSubmission.Offer(2, new BigDecimal("100000"), null)), Map.of("Kvalitet", "Godt"));
        assertEquals(List.of(), fields(bid, tender));
    }

    @Test
    void unknownAndRepeatedLotsAreRefused() {
        var tender = tender(new AwardCriterion("Pris", CriterionKind.PRICE, 100));
        var bid = new BidSubmission(List.of(new BidSubmission.Offer(1, BigDecimal.TEN, null), new BidSubmission.Offer(3, BigDecimal.TEN, null),
                new BidSubmission.Offer(1, BigDecimal.ONE, null)), Map.of());
        assertEquals(List.of("offers[1].lot", "offers[2].lot"), fields(bid, tender));
    }

    @Test
    void everyQualitativeCriterionNeedsAResponseAndNoOtherIsTaken() {
        var tender = tender(new AwardCriterion("Pris", CriterionKind.PRICE, 40), new AwardCriterion("Kvalitet", CriterionKind.QUALITY, 30),
                new AwardCriterion("Arbejdskraft", CriterionKind.LABOUR_SAVING, 30));
        var bid = new BidSubmission(List.of(new BidSubmission.Offer(1, BigDecimal.TEN, null)), Map.of("Kvalitet", "Godt", "Pris", "billig"));
        assertEquals(List.of("responses.Arbejdskraft", "responses.Pris"), fields(bid, tender));
    }

    @Test
    void aLifeCycleCostIsGivenExactlyWhenTheTenderWeighsIt() {
        var weighed = tender(new AwardCriterion("Pris", CriterionKind.PRICE, 50), new AwardCriterion("TCO", CriterionKind.LIFE_CYCLE_COST, 50));
        var without = new BidSubmission(List.of(new BidSubmission.Offer(1, BigDecimal.TEN, null)), Map.of());
        var with = new BidSubmission(List.of(new BidSubmission.Offer(1, BigDecimal.TEN, new BigDecimal("25"))), Map.of());
        assertEquals(List.of("offers[0].lifeCycleCost"), fields(without, weighed));
        assertEquals(List.of(), fields(with, weighed));
        assertEquals(List.of("offers[0].lifeCycleCost"), fields(with, tender(new AwardCriterion("Pris", CriterionKind.PRICE, 100))));
    }
}
