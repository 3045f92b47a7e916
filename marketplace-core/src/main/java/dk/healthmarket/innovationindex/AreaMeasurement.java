package dk.healthmarket.innovationindex;

import java.util.Map;

/**
 * An area's raw indicator values for a quarter: a region, or Denmark (code {@code DK}). A value is
 * absent where nothing could be measured (no solution used yet, no tender value); observations say
 * how many things a value rests on, so thin data can be shown as such.
 */
public record AreaMeasurement(String code, String name, long population, Map<Indicator, Double> values, Map<Indicator, Integer> observations) {

    public static final String NATIONAL = "DK";

    public AreaMeasurement {
        values = Map.copyOf(values);
        observations = Map.copyOf(observations);
    }

    public Double value(Indicator indicator) {
        return values.get(indicator);
    }

    public int observed(Indicator indicator) {
        return observations.getOrDefault(indicator, 0);
    }
}
