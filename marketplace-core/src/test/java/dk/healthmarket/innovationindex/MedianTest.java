package dk.healthmarket.innovationindex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The diffusion median is read off counts per number of days; it must be the median of the values those counts stand for. */
class MedianTest {

    @Test
    void anOddCountGivesTheMiddleValue() {
        assertEquals(2.0, IndicatorMeasurements.median(new TreeMap<>(java.util.Map.of(1, 1L, 2, 1L, 3, 1L))));
        assertEquals(5.0, IndicatorMeasurements.median(new TreeMap<>(java.util.Map.of(5, 3L))));
    }

    @Test
    void anEvenCountGivesTheMeanOfTheMiddleTwoEvenAcrossCounts() {
        // 1, 3, 10, 10
        assertEquals(6.5, IndicatorMeasurements.median(new TreeMap<>(java.util.Map.of(1, 1L, 3, 1L, 10, 2L))));
        // 4, 4, 4, 9
        assertEquals(4.0, IndicatorMeasurements.median(new TreeMap<>(java.util.Map.of(4, 3L, 9, 1L))));
    }
}
