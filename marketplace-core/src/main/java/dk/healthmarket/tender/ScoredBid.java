package dk.healthmarket.tender;

import java.math.BigDecimal;
import java.util.Map;

/** A bid's points per criterion (each rounded to two decimals), their sum, and its rank from 1. */
public record ScoredBid(String bidId, Map<String, BigDecimal> points, BigDecimal total, int rank) {

    public ScoredBid {
        points = Map.copyOf(points);
    }
}
