package dk.healthmarket.tender;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One bid on one lot as evaluation sees it: its amount for each amount criterion (price,
 * life-cycle cost) and the evaluators' score, 0 to 10, for each of the others; both by criterion name.
 */
public record BidForEvaluation(String bidId, Map<String, BigDecimal> amounts, Map<String, Integer> scores) {

    public BidForEvaluation {
        amounts = Map.copyOf(amounts);
        scores = Map.copyOf(scores);
    }
}
