package dk.healthmarket.tender;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ranks the bids that count on each lot of a tender by its award criteria: the price and
 * life-cycle cost from the bids, every other criterion from the lead buyer's scores. A lot is
 * ranked once each of its eligible (not excluded) bids has a score for every qualitative criterion.
 */
public final class Evaluation {

    private Evaluation() {
    }

    public static List<LotRanking> rank(Tender tender, List<Bid> counting) {
        AwardCriteria criteria = tender.awardCriteria();
        List<LotRanking> rankings = new ArrayList<>();
        for (TenderLot lot : tender.lots()) {
            rankings.add(rank(criteria, lot.number(), counting));
        }
        return rankings;
    }

    private static LotRanking rank(AwardCriteria criteria, int lot, List<Bid> counting) {
        Map<Bid, BidContent.LotOffer> offers = new HashMap<>();
        List<Bid> bids = new ArrayList<>();
        for (Bid bid : counting) {
            bid.content().offers().stream().filter(o -> o.lot() == lot).findFirst().ifPresent(offer -> {
                offers.put(bid, offer);
                bids.add(bid);
            });
        }
        List<Bid> eligible = bids.stream().filter(b -> b.excludedReason().isEmpty()).toList();
        boolean complete = eligible.stream().allMatch(b -> isScored(criteria, b));
        List<LotRanking.Entry> entries = new ArrayList<>();
        if (complete && !eligible.isEmpty()) {
            Map<String, Bid> byId = eligible.stream().collect(Collectors.toMap(b -> String.valueOf(b.id()), Function.identity()));
            List<BidForEvaluation> forScoring = eligible.stream().map(b -> forScoring(criteria, b, offers.get(b))).toList();
            for (ScoredBid scored : Scoring.rank(criteria, forScoring)) {
                Bid bid = byId.get(scored.bidId());
                entries.add(new LotRanking.Entry(bid, offers.get(bid).price(), Optional.of(scored)));
            }
        } else {
            eligible.forEach(b -> entries.add(new LotRanking.Entry(b, offers.get(b).price(), Optional.empty())));
        }
        bids.stream().filter(b -> b.excludedReason().isPresent())
                .forEach(b -> entries.add(new LotRanking.Entry(b, offers.get(b).price(), Optional.empty())));
        return new LotRanking(lot, complete, entries);
    }

    private static boolean isScored(AwardCriteria criteria, Bid bid) {
        return criteria.criteria().stream().filter(c -> !c.kind().isAmount()).allMatch(c -> bid.scores().containsKey(c.name()));
    }

    private static BidForEvaluation forScoring(AwardCriteria criteria, Bid bid, BidContent.LotOffer offer) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (AwardCriterion criterion : criteria.criteria()) {
            if (criterion.kind() == CriterionKind.PRICE) {
                amounts.put(criterion.name(), offer.price());
            } else if (criterion.kind() == CriterionKind.LIFE_CYCLE_COST) {
                amounts.put(criterion.name(), offer.lifeCycleCost());
            }
        }
        return new BidForEvaluation(String.valueOf(bid.id()), amounts, bid.scores());
    }
}
