package dk.healthmarket.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.healthmarket.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final AwardCriteria CRITERIA = new AwardCriteria(List.of(
            new AwardCriterion("Pris", CriterionKind.PRICE, 60),
            new AwardCriterion("Kvalitet", CriterionKind.QUALITY, 30),
            new AwardCriterion("Arbejdskraftbesparelse", CriterionKind.LABOUR_SAVING, 10)));

    /**
     * By hand: A 800,000 kr., 8, 6 → 60.00 + 24.00 + 6.00 = 90.00; B 1,000,000 kr., 10, 10 →
     * 48.00 + 30.00 + 10.00 = 88.00; C 960,000 kr., 9, 7 → 50.00 + 27.00 + 7.00 = 84.00.
     */
    @Test
    void scoresAndRanksAHandComputedExample() {
        List<ScoredBid> ranked = Scoring.rank(CRITERIA, List.of(
                bid("B", "1000000", 10, 10), bid("C", "960000", 9, 7), bid("A", "800000", 8, 6)));
        assertEquals(List.of("A", "B", "C"), ranked.stream().map(ScoredBid::bidId).toList());
        assertEquals(List.of(1, 2, 3), ranked.stream().map(ScoredBid::rank).toList());
        assertEquals(List.of(new BigDecimal("90.00"), new BigDecimal("88.00"), new BigDecimal("84.00")),
                ranked.stream().map(ScoredBid::total).toList());
        assertEquals(new BigDecimal("50.00"), ranked.get(2).points().get("Pris"));
    }

    @Test
    void pointsAreRoundedPerCriterionAndTheTotalIsTheirSum() {
        List<ScoredBid> ranked = Scoring.rank(CRITERIA, List.of(bid("A", "300000", 5, 5), bid("B", "700000", 5, 5)));
        // 300,000 ÷ 700,000 × 60 = 25.714… → 25.71; 15.00 + 5.00 on top
        assertEquals(new BigDecimal("25.71"), ranked.get(1).points().get("Pris"));
        assertEquals(new BigDecimal("45.71"), ranked.get(1).total());
    }

    @Test
    void tiesAreBrokenByTheHashOfTheIdWhateverTheOrderOfSubmission() {
        List<BidForEvaluation> bids = new ArrayList<>();
        for (String id : List.of("bid-1", "bid-2", "bid-3", "bid-4", "bid-5")) {
            bids.add(bid(id, "500000", 7, 7));
        }
        List<String> first = Scoring.rank(CRITERIA, bids).stream().map(ScoredBid::bidId).toList();
        Collections.reverse(bids);
        assertEquals(first, Scoring.rank(CRITERIA, bids).stream().map(ScoredBid::bidId).toList());
        assertEquals(first.stream().sorted((a, b) -> Scoring.tieBreaker(a).compareTo(Scoring.tieBreaker(b))).toList(), first);
    }

    @Test
    void everyBidNeedsAPositiveAmountAndAScoreFrom0To10() {
        var refused = assertThrows(InvalidInputException.class, () -> Scoring.rank(CRITERIA, List.of(
                bid("A", "0", 11, 5), new BidForEvaluation("B", Map.of("Pris", BigDecimal.TEN), Map.of("Kvalitet", 5)))));
        assertEquals(List.of("bids[A].Pris", "bids[A].Kvalitet", "bids[B].Arbejdskraftbesparelse"),
                refused.errors().stream().map(e -> e.field()).toList());
    }

    private static BidForEvaluation bid(String id, String price, int quality, int labourSaving) {
        return new BidForEvaluation(id, Map.of("Pris", new BigDecimal(price)),
                Map.of("Kvalitet", quality, "Arbejdskraftbesparelse", labourSaving));
    }
}
