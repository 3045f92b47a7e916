package dk.healthmarket.innovationindex;

import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.Text;
import java.util.EnumMap;
import java.util.Map;

/** How much each indicator counts in the composite: equal unless configured ({@code marketplace.index.weights=BREADTH=2,EQUALITY=1,...}). */
public record Weights(Map<Indicator, Double> values) {

    public Weights {
        values = Map.copyOf(values);
        if (values.values().stream().anyMatch(w -> w < 0) || values.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new InvalidInputException("weights", Text.of("index.badWeights"));
        }
    }

    public static Weights equal() {
        Map<Indicator, Double> equal = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            equal.put(indicator, 1.0);
        }
        return new Weights(equal);
    }

    /** Reads {@code NAME=weight} pairs; indicators left out keep weight 1. */
    public static Weights parse(String text) {
        Map<Indicator, Double> weights = new EnumMap<>(equal().values());
        if (text == null || text.isBlank()) {
            return new Weights(weights);
        }
        try {
            for (String pair : text.split(",")) {
                String[] parts = pair.split("=");
                weights.put(Indicator.valueOf(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            }
        } catch (RuntimeException e) {
            throw new InvalidInputException("weights", Text.of("index.badWeights"));
        }
        return new Weights(weights);
    }

    public double of(Indicator indicator) {
        return values.getOrDefault(indicator, 0.0);
    }

    /** The same weights with one indicator left out. */
    public Weights without(Indicator indicator) {
        Map<Indicator, Double> fewer = new EnumMap<>(values);
        fewer.put(indicator, 0.0);
        return new Weights(fewer);
    }
}
