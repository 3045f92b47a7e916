package dk.healthmarket.innovationindex;

/**
 * How raw values become scores. Goalposts are the index's own method; the other two exist to show
 * how much the ranks depend on that choice (the sensitivity analysis).
 */
public enum Normalisation {
    /** 0 at the indicator's worst goalpost, 100 at its best, clamped; after the square root where the indicator has one. */
    GOALPOSTS,
    /** 0 for the lowest region, 100 for the highest, in this quarter alone: unstable with five regions, shown for comparison. */
    MIN_MAX,
    /** The national value scores 100; a region scores its value relative to it (inverted where lower is better). */
    NATIONAL_REFERENCE;

    double score(Indicator indicator, double value, double lowest, double highest, double national) {
        return switch (this) {
            case GOALPOSTS -> clamp(100 * (indicator.transformed(value) - indicator.transformed(indicator.worst()))
                    / (indicator.transformed(indicator.best()) - indicator.transformed(indicator.worst())));
            case MIN_MAX -> {
                double low = indicator.transformed(lowest);
                double high = indicator.transformed(highest);
                double position = high == low ? 0.5 : (indicator.transformed(value) - low) / (high - low);
                yield 100 * (indicator.higherIsBetter() ? position : 1 - position);
            }
            case NATIONAL_REFERENCE -> {
                if (indicator.higherIsBetter()) {
                    yield national == 0 ? (value == 0 ? 100 : 200) : 100 * value / national;
                }
                yield value == 0 ? 200 : Math.min(200, 100 * national / value);
            }
        };
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }
}
