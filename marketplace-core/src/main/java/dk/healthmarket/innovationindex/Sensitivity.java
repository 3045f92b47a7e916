package dk.healthmarket.innovationindex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the regions' ranks move under other reasonable choices: each indicator left out, min-max or
 * national-reference normalisation, geometric aggregation. A rank that moves a lot says more about
 * the method than about the region.
 */
public record Sensitivity(List<Scenario> scenarios) {

    /** One alternative and the rank each region gets under it. */
    public record Scenario(String name, Map<String, Integer> ranks) {
    }

    public static Sensitivity of(List<AreaMeasurement> regions, AreaMeasurement national, Weights weights) {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(scenario("as published", regions, national, weights, Normalisation.GOALPOSTS, false));
        for (Indicator indicator : Indicator.values()) {
            if (weights.of(indicator) > 0 && weights.values().values().stream().filter(w -> w > 0).count() > 1) {
                scenarios.add(scenario("without " + indicator, regions, national, weights.without(indicator), Normalisation.GOALPOSTS, false));
            }
        }
        scenarios.add(scenario("equal weights", regions, national, Weights.equal(), Normalisation.GOALPOSTS, false));
        scenarios.add(scenario("min-max normalisation", regions, national, weights, Normalisation.MIN_MAX, false));
        scenarios.add(scenario("national value = 100", regions, national, weights, Normalisation.NATIONAL_REFERENCE, false));
        scenarios.add(scenario("geometric aggregation", regions, national, weights, Normalisation.GOALPOSTS, true));
        return new Sensitivity(scenarios);
    }

    private static Scenario scenario(String name, List<AreaMeasurement> regions, AreaMeasurement national, Weights weights,
            Normalisation normalisation, boolean geometric) {
        return new Scenario(name, Composite.ranks(Composite.score(regions, national, weights, normalisation, geometric)));
    }

    /** The best and worst rank a region gets across the scenarios. */
    public int[] rankRange(String region) {
        int best = scenarios.stream().mapToInt(s -> s.ranks().getOrDefault(region, 0)).min().orElse(0);
        int worst = scenarios.stream().mapToInt(s -> s.ranks().getOrDefault(region, 0)).max().orElse(0);
        return new int[] {best, worst};
    }
}
