package dk.healthmarket.innovationindex;

import java.util.List;

/** An area's index for a quarter: each indicator raw and normalised, and the composite (0–100). */
public record AreaScore(String code, String name, long population, double index, List<IndicatorScore> indicators) {

    /** One indicator: its raw value (null if nothing was measured), its score, and whether it rests on too little to trust. */
    public record IndicatorScore(Indicator indicator, Double raw, double score, int observations, boolean thin) {
    }

    public IndicatorScore of(Indicator indicator) {
        return indicators.stream().filter(s -> s.indicator() == indicator).findFirst().orElseThrow();
    }

    /** The staff hours a year that solutions in operation free in the whole area. */
    public long hoursFreedPerYear() {
        Double perThousand = of(Indicator.LABOUR_FREED).raw();
        return perThousand == null ? 0 : Math.round(perThousand * population / 1000);
    }

    /** Whether any indicator rests on thin data. */
    public boolean thin() {
        return indicators.stream().anyMatch(IndicatorScore::thin);
    }
}
