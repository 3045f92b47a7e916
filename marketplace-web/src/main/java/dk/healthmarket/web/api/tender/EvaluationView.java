package dk.healthmarket.web.api.tender;

import dk.healthmarket.tender.EvaluationReport;
import dk.healthmarket.tender.LotRanking;
import dk.healthmarket.tender.ScoredBid;
import dk.healthmarket.tender.TenderAward;
import dk.healthmarket.tender.TenderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A tender's evaluation as its reader may see it: per lot, the bids in ranking order with their points. */
public record EvaluationView(long tenderId, TenderStatus status, Instant standstillEndsAt, List<Lot> lots) {

    /** One lot: ranked once every eligible bid is scored; the reasons of the award that stands, if any. */
    public record Lot(int lot, boolean ranked, String awardReason, List<Entry> bids) {
    }

    public record Entry(long bidId, BidView.Supplier supplier, BigDecimal price, Map<String, Integer> scores,
            Map<String, BigDecimal> points, BigDecimal total, Integer rank, String excludedReason, boolean winner, boolean yours) {
    }

    public static EvaluationView of(EvaluationReport report) {
        return new EvaluationView(report.tender().id(), report.tender().status(), report.tender().standstillEndsAt().orElse(null),
                report.lots().stream().map(lot -> lot(lot, report)).toList());
    }

    private static Lot lot(LotRanking ranking, EvaluationReport report) {
        String reason = report.awards().stream().filter(a -> a.lot() == ranking.lot() && a.stands())
                .map(TenderAward::reason).findFirst().orElse(null);
        return new Lot(ranking.lot(), ranking.complete(), reason, ranking.entries().stream().map(e -> entry(e, report)).toList());
    }

    private static Entry entry(LotRanking.Entry e, EvaluationReport report) {
        var bid = e.bid();
        var supplier = BidView.Supplier.of(bid.supplier());
        boolean yours = report.readerSupplierId().filter(id -> id.equals(bid.supplier().id())).isPresent();
        return new Entry(bid.id(), supplier, e.price(), bid.scores(), e.scored().map(ScoredBid::points).orElse(null),
                e.scored().map(ScoredBid::total).orElse(null), e.scored().map(ScoredBid::rank).orElse(null),
                bid.excludedReason().orElse(null), e.wins(), yours);
    }
}
