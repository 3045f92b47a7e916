package dk.healthmarket.tender;

import dk.healthmarket.shared.Sha256;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.Text;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores and ranks the bids on one lot. An amount criterion gives lowest amount ÷ the bid's amount
 * × weight; any other gives score ÷ 10 × weight. Each criterion's points are rounded to two
 * decimals and the total is their sum, so a bidder can add up what it is shown. Equal totals are
 * ordered by a hash of the bid id: stable, and never by who bid first.
 */
public final class Scoring {

    public static final int MAX_SCORE = 10;
    private static final int SCALE = 2;

    private Scoring() {
    }

    public static List<ScoredBid> rank(AwardCriteria criteria, List<BidForEvaluation> bids) {
        requireComplete(criteria, bids);
        Map<String, BigDecimal> lowest = lowestAmounts(criteria, bids);
        List<ScoredBid> unranked = new ArrayList<>();
        for (BidForEvaluation bid : bids) {
            Map<String, BigDecimal> points = new HashMap<>();
            for (AwardCriterion criterion : criteria.criteria()) {
                points.put(criterion.name(), points(criterion, bid, lowest));
            }
            BigDecimal total = points.values().stream().reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
            unranked.add(new ScoredBid(bid.bidId(), points, total, 0));
        }
        unranked.sort(Comparator.comparing(ScoredBid::total).reversed().thenComparing(s -> tieBreaker(s.bidId())));
        List<ScoredBid> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            ScoredBid s = unranked.get(i);
            ranked.add(new ScoredBid(s.bidId(), s.points(), s.total(), i + 1));
        }
        return ranked;
    }

    /** The order among equals: the SHA-256 of the id, the same on every run and every server. */
    static String tieBreaker(String bidId) {
        return Sha256.hex(bidId);
    }

    private static BigDecimal points(AwardCriterion criterion, BidForEvaluation bid, Map<String, BigDecimal> lowest) {
        BigDecimal weight = BigDecimal.valueOf(criterion.weight());
        BigDecimal share = criterion.kind().isAmount()
                ? lowest.get(criterion.name()).divide(bid.amounts().get(criterion.name()), MathContext.DECIMAL64)
                : BigDecimal.valueOf(bid.scores().get(criterion.name())).divide(BigDecimal.valueOf(MAX_SCORE), MathContext.DECIMAL64);
        return share.multiply(weight).setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static Map<String, BigDecimal> lowestAmounts(AwardCriteria criteria, List<BidForEvaluation> bids) {
        Map<String, BigDecimal> lowest = new HashMap<>();
        for (AwardCriterion criterion : criteria.criteria()) {
            if (criterion.kind().isAmount()) {
                bids.stream().map(b -> b.amounts().get(criterion.name())).min(Comparator.naturalOrder())
                        .ifPresent(amount -> lowest.put(criterion.name(), amount));
            }
        }
        return lowest;
    }

    private static void requireComplete(AwardCriteria criteria, List<BidForEvaluation> bids) {
        List<FieldError> problems = new ArrayList<>();
        for (BidForEvaluation bid : bids) {
            for (AwardCriterion criterion : criteria.criteria()) {
                String field = "bids[" + bid.bidId() + "]." + criterion.name();
                if (criterion.kind().isAmount()) {
                    BigDecimal amount = bid.amounts().get(criterion.name());
                    if (amount == null || amount.signum() <= 0) {
                        problems.add(new FieldError(field, Text.of("tender.scoring.amount")));
                    }
                } else {
                    Integer score = bid.scores().get(criterion.name());
                    if (score == null || score < 0 || score > MAX_SCORE) {
                        problems.add(new FieldError(field, Text.of("tender.scoring.score", MAX_SCORE)));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
