package dk.healthmarket.innovationindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The composite on a small data set worked out by hand: every score below is written out, not recomputed. */
class CompositeTest {

    private static AreaMeasurement area(String code, int observations, Double... values) {
        Map<Indicator, Double> raw = new EnumMap<>(Indicator.class);
        Map<Indicator, Integer> observed = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            if (values[indicator.ordinal()] != null) {
                raw.put(indicator, values[indicator.ordinal()]);
            }
            observed.put(indicator, observations);
        }
        return new AreaMeasurement(code, code, 100_000, raw, observed);
    }

    // breadth 4/100k: sqrt 2 of sqrt 25 = 5 -> 40; diffusion 390 days: (720-390)/(720-60) -> 50;
    // labour 500 h/1000: sqrt 500 / sqrt 2000 -> 50; procurement 30 % of 75 -> 40;
    // companies 8: sqrt 8 / sqrt 50 -> 40; equality 30 -> 30. Equal weights: 250 / 6 = 41.667
    private final AreaMeasurement north = area("N", 10, 4.0, 390.0, 500.0, 30.0, 8.0, 30.0);
    // breadth 25 -> 100 (the best goalpost); nothing else measured -> 0 each and thin: 100 / 6 = 16.667
    private final AreaMeasurement south = area("S", 1, 25.0, null, null, null, null, null);
    // diffusion faster than the best goalpost is clamped at 100: 60 days -> 100, 30 days -> 100
    private final AreaMeasurement national = area("DK", 11, 9.0, 30.0, 2000.0, 75.0, 50.0, 100.0);

    @Test
    void goalpostScoresAndTheCompositeAreTheHandComputedOnes() {
        List<AreaScore> scores = Composite.score(List.of(north, south, national), national, Weights.equal(), Normalisation.GOALPOSTS, false);
        AreaScore n = scores.get(0);
        assertEquals(40.0, n.of(Indicator.BREADTH).score(), 1e-9);
        assertEquals(50.0, n.of(Indicator.DIFFUSION_SPEED).score(), 1e-9);
        assertEquals(50.0, n.of(Indicator.LABOUR_FREED).score(), 1e-9);
        assertEquals(40.0, n.of(Indicator.INNOVATION_PROCUREMENT).score(), 1e-9);
        assertEquals(40.0, n.of(Indicator.COLLABORATION).score(), 1e-9);
        assertEquals(30.0, n.of(Indicator.EQUALITY).score(), 1e-9);
        assertEquals(41.6667, n.index(), 1e-4);
        assertFalse(n.thin());
        assertEquals(50_000, n.hoursFreedPerYear(), "500 hours per 1,000 of 100,000 inhabitants");

        AreaScore s = scores.get(1);
        assertEquals(100.0, s.of(Indicator.BREADTH).score(), 1e-9);
        assertEquals(0.0, s.of(Indicator.DIFFUSION_SPEED).score(), 1e-9);
        assertEquals(16.6667, s.index(), 1e-4);
        assertEquals(0, s.hoursFreedPerYear(), "nothing measured frees nothing");
        assertTrue(s.of(Indicator.DIFFUSION_SPEED).thin() && s.of(Indicator.BREADTH).thin(), "one observation is thin data");

        // breadth 9 -> sqrt 3 / 5 = 60; everything else at or beyond its best goalpost -> 100: 560 / 6 = 93.333
        assertEquals(93.3333, scores.get(2).index(), 1e-4);
        assertEquals(Map.of("N", 1, "S", 2, "DK", 1).get("N"), Composite.ranks(scores.subList(0, 2)).get("N"));
    }

    @Test
    void weightsShiftTheCompositeAsWrittenOut() {
        // breadth counted three times: (3 x 40 + 50 + 50 + 40 + 40 + 30) / 8 = 330 / 8 = 41.25; south: 300 / 8 = 37.5
        Weights breadthHeavy = Weights.parse("BREADTH=3");
        List<AreaScore> scores = Composite.score(List.of(north, south), national, breadthHeavy, Normalisation.GOALPOSTS, false);
        assertEquals(41.25, scores.get(0).index(), 1e-9);
        assertEquals(37.5, scores.get(1).index(), 1e-9);
    }

    @Test
    void minMaxAndNationalReferenceAreTheAlternativesTheSensitivityShows() {
        List<AreaScore> minMax = Composite.score(List.of(north, south), national, Weights.equal(), Normalisation.MIN_MAX, false);
        assertEquals(0.0, minMax.get(0).of(Indicator.BREADTH).score(), 1e-9, "the lower of two regions scores 0");
        assertEquals(100.0, minMax.get(1).of(Indicator.BREADTH).score(), 1e-9);
        List<AreaScore> reference = Composite.score(List.of(north), national, Weights.equal(), Normalisation.NATIONAL_REFERENCE, false);
        assertEquals(100.0 * 4 / 9, reference.get(0).of(Indicator.BREADTH).score(), 1e-9);
        assertEquals(100.0 * 30 / 390, reference.get(0).of(Indicator.DIFFUSION_SPEED).score(), 1e-9, "slower than the nation scores under 100");

        Sensitivity sensitivity = Sensitivity.of(List.of(north, south), national, Weights.equal());
        assertEquals("as published", sensitivity.scenarios().get(0).name());
        assertEquals(1 + 6 + 4, sensitivity.scenarios().size());
        int[] range = sensitivity.rankRange("S");
        assertEquals(1, range[0], "without everything but breadth, south comes first somewhere");
        assertEquals(2, range[1]);
    }

    @Test
    void aBetterValueNeverLowersTheScore() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            Indicator indicator = Indicator.values()[random.nextInt(Indicator.values().length)];
            double value = random.nextDouble() * 3000;
            double better = indicator.higherIsBetter() ? value + random.nextDouble() * 100 : Math.max(0, value - random.nextDouble() * 100);
            for (Normalisation normalisation : List.of(Normalisation.GOALPOSTS, Normalisation.NATIONAL_REFERENCE)) {
                double before = normalisation.score(indicator, value, 0, 3000, 500);
                double after = normalisation.score(indicator, better, 0, 3000, 500);
                assertTrue(after >= before - 1e-9, indicator + " " + normalisation + ": " + value + " -> " + better);
            }
        }
    }

    @Test
    void oneMoreSolutionInOperationNeverLowersARegionsIndexAndLeavesTheOthersAlone() {
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            List<AreaMeasurement> regions = new java.util.ArrayList<>();
            for (int r = 0; r < 5; r++) {
                regions.add(randomArea("DK-8" + (r + 1), random));
            }
            AreaMeasurement nation = randomArea("DK", random);
            int chosen = random.nextInt(5);
            AreaMeasurement before = regions.get(chosen);
            // one more solution in operation: breadth rises by 100,000 / population
            Map<Indicator, Double> raised = new EnumMap<>(before.values());
            raised.merge(Indicator.BREADTH, 100_000.0 / before.population(), Double::sum);
            List<AreaMeasurement> after = new java.util.ArrayList<>(regions);
            after.set(chosen, new AreaMeasurement(before.code(), before.name(), before.population(), raised, before.observations()));

            List<AreaScore> then = Composite.score(regions, nation, Weights.equal(), Normalisation.GOALPOSTS, false);
            List<AreaScore> now = Composite.score(after, nation, Weights.equal(), Normalisation.GOALPOSTS, false);
            assertTrue(now.get(chosen).of(Indicator.BREADTH).score() >= then.get(chosen).of(Indicator.BREADTH).score() - 1e-9);
            assertTrue(now.get(chosen).index() >= then.get(chosen).index() - 1e-9, "case " + i);
            for (int r = 0; r < 5; r++) {
                if (r != chosen) {
                    assertEquals(then.get(r).index(), now.get(r).index(), 1e-9, "goalposts: another region's index does not move, case " + i);
                }
            }
        }
    }

    private static AreaMeasurement randomArea(String code, Random random) {
        Map<Indicator, Double> raw = new EnumMap<>(Indicator.class);
        Map<Indicator, Integer> observed = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            if (random.nextInt(5) > 0) {
                raw.put(indicator, random.nextDouble() * Math.max(indicator.worst(), indicator.best()) * 1.2);
            }
            observed.put(indicator, random.nextInt(10));
        }
        return new AreaMeasurement(code, code, 500_000 + random.nextInt(1_500_000), raw, observed);
    }

    @Test
    void giniIsZeroWhenEvenAndGrowsWhenOneRegionHasItAll() {
        assertEquals(0.0, IndicatorMeasurements.gini(List.of(0.2, 0.2, 0.2, 0.2, 0.2)), 1e-12);
        // one of five has everything: sum |a-b| = 2 x 4 x 1 = 8; 8 / (2 x 25 x 0.2) = 0.8
        assertEquals(0.8, IndicatorMeasurements.gini(List.of(1.0, 0.0, 0.0, 0.0, 0.0)), 1e-12);
    }

    @Test
    void quartersReadWriteAndStepBack() {
        Quarter q = Quarter.parse("2026-Q1");
        assertEquals("2025-Q4", q.minus(1).toString());
        assertEquals("2025-Q2", q.minus(3).toString());
        assertEquals(java.time.LocalDate.of(2026, 3, 31), q.lastDay());
        assertEquals(q, Quarter.of(java.time.LocalDate.of(2026, 2, 14)));
        for (String bad : new String[] {"2026-Q5", "2026Q1", "", "Q1-2026"}) {
            try {
                Quarter.parse(bad);
                throw new AssertionError(bad + " was read as a quarter");
            } catch (dk.healthmarket.shared.InvalidInputException expected) {
                assertEquals("period", expected.errors().get(0).field());
            }
        }
    }
}
