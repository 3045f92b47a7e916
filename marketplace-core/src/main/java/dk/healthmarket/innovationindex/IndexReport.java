package dk.healthmarket.innovationindex;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The innovation index for one quarter, nationally and per region, with how it was built and how
 * much its ranks depend on that. Published reports are stored as they were and never change.
 */
public record IndexReport(String period, boolean published, Instant publishedAt, String publishedBy, Instant computedAt,
        Method method, AreaScore national, List<AreaScore> regions, Sensitivity sensitivity, List<ScalingSolution> topSolutions) {

    /** The weights and the normalisation the composite was built with. */
    public record Method(String normalisation, String aggregation, List<Weight> weights) {
    }

    public record Weight(Indicator indicator, double weight, double worst, double best, boolean squareRoot, String unit) {
    }

    /** A solution among those spread widest by the quarter's end. */
    public record ScalingSolution(long solutionId, String name, int regionsReached, boolean national, long hoursSavedPerYear) {
    }

    /** A region's score, by its code in any case. */
    public Optional<AreaScore> region(String code) {
        return regions.stream().filter(r -> r.code().equalsIgnoreCase(code)).findFirst();
    }

    /** A region's rank among the regions by index, 1 the highest; ties share a rank. The region must be in the report. */
    public int rank(String code) {
        return Composite.ranks(regions).get(region(code).orElseThrow().code());
    }

    IndexReport publishedBy(String who, Instant when) {
        return new IndexReport(period, true, when, who, computedAt, method, national, regions, sensitivity, topSolutions);
    }
}
