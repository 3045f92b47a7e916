package dk.healthmarket.innovationindex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the composite the way the JRC/OECD handbook describes: normalise each indicator, weight,
 * aggregate. An indicator with nothing measured scores 0 (no use yet is the slowest diffusion and
 * the least breadth) and is marked thin, as is one resting on fewer than {@value #THIN} observations.
 */
public final class Composite {

    static final int THIN = 3;

    private Composite() {
    }

    /** Scores for the areas, the national one included, under one normalisation, weighting and aggregation. */
    public static List<AreaScore> score(List<AreaMeasurement> areas, AreaMeasurement national, Weights weights,
            Normalisation normalisation, boolean geometric) {
        List<AreaScore> scores = new ArrayList<>();
        for (AreaMeasurement area : areas) {
            List<AreaScore.IndicatorScore> indicators = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                Double raw = area.value(indicator);
                double score = raw == null ? 0 : normalisation.score(indicator, raw, lowest(areas, national, indicator),
                        highest(areas, national, indicator), national.value(indicator) == null ? 0 : national.value(indicator));
                indicators.add(new AreaScore.IndicatorScore(indicator, raw, score, area.observed(indicator), raw == null || area.observed(indicator) < THIN));
            }
            scores.add(new AreaScore(area.code(), area.name(), area.population(), aggregate(indicators, weights, geometric), indicators));
        }
        return scores;
    }

    /** Rank 1 is the highest index; ties share a rank. */
    public static Map<String, Integer> ranks(List<AreaScore> scores) {
        List<AreaScore> ordered = scores.stream().sorted(Comparator.comparingDouble(AreaScore::index).reversed()).toList();
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            double index = ordered.get(i).index();
            ranks.put(ordered.get(i).code(), 1 + (int) ordered.stream().filter(s -> s.index() > index + 1e-9).count());
        }
        return ranks;
    }

    private static double aggregate(List<AreaScore.IndicatorScore> indicators, Weights weights, boolean geometric) {
        double total = indicators.stream().mapToDouble(s -> weights.of(s.indicator())).sum();
        if (geometric) {
            // one point added before the logarithm so a zero score does not zero the whole composite
            double log = indicators.stream().mapToDouble(s -> weights.of(s.indicator()) * Math.log(1 + s.score())).sum() / total;
            return Math.exp(log) - 1;
        }
        return indicators.stream().mapToDouble(s -> weights.of(s.indicator()) * s.score()).sum() / total;
    }

    private static double lowest(List<AreaMeasurement> areas, AreaMeasurement national, Indicator indicator) {
        return areas.stream().filter(a -> a != national).map(a -> a.value(indicator)).filter(v -> v != null).mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double highest(List<AreaMeasurement> areas, AreaMeasurement national, Indicator indicator) {
        return areas.stream().filter(a -> a != national).map(a -> a.value(indicator)).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
