package dk.healthmarket.innovationindex;

/**
 * The indicators of the innovation index, each with its goalposts: the value that scores 0 and the
 * value that scores 100. Goalposts are fixed, not the regions' own minimum and maximum, so a
 * region's score moves only when its own value does and quarters compare over time. Indicators
 * whose values bunch near zero with a long tail (counts and hours) are square-rooted first.
 */
public enum Indicator {
    /** Documented solutions in operation per 100,000 inhabitants. */
    BREADTH("solutions in operation per 100,000 inhabitants", true, 0, 25),
    /** Median days from a solution's approval to its first use (pilot or beyond) in the area: fewer is better. */
    DIFFUSION_SPEED("median days from approval to first use", false, 720, 60),
    /** Realised staff hours saved a year per 1,000 inhabitants, by solutions in operation. */
    LABOUR_FREED("staff hours saved per 1,000 inhabitants a year", true, 0, 2000),
    /** Share (%) of tender value in the last four quarters through innovation-friendly procedures or with ≥ 50 % quality and labour-saving weight. */
    INNOVATION_PROCUREMENT("% of tender value procured for innovation", false, 0, 75),
    /** Distinct companies with a solution in operation in the area. */
    COLLABORATION("companies with solutions in operation", true, 0, 50),
    /**
     * Regions: average share (%) of the region's population covered by the solutions for at-risk and
     * vulnerable segments in operation anywhere. Nationally: 100 × (1 − Gini) of the regions' coverage.
     */
    EQUALITY("% coverage (regions) or evenness across regions (national)", false, 0, 100);

    private final String unit;
    private final boolean squareRoot;
    private final double worst;
    private final double best;

    Indicator(String unit, boolean squareRoot, double worst, double best) {
        this.unit = unit;
        this.squareRoot = squareRoot;
        this.worst = worst;
        this.best = best;
    }

    public String unit() {
        return unit;
    }

    public boolean squareRoot() {
        return squareRoot;
    }

    /** The value that scores 0. */
    public double worst() {
        return worst;
    }

    /** The value that scores 100. */
    public double best() {
        return best;
    }

    public boolean higherIsBetter() {
        return best > worst;
    }

    /** The value after the transformation for skew. */
    double transformed(double value) {
        return squareRoot ? Math.sqrt(Math.max(0, value)) : value;
    }
}
