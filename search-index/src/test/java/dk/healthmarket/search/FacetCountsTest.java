package dk.healthmarket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet and deadline counts against counting by hand: a corpus spread over several segments, with
 * replaced and removed documents, documents with several values of a dimension or none, and a
 * dimension with more values than a search shows, many of them tied.
 */
class FacetCountsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final int SHOWN = 30;
    private static final Map<String, Integer> VALUES = Map.of("colour", 5, "shape", 8, "maker", 45);

    @TempDir
    Path directory;

    private SearchIndex index;
    private final Random random = new Random(20261125);
    private final Map<String, SearchDocument> live = new HashMap<>();

    @BeforeEach
    void corpus() {
        index = SearchIndex.open(directory);
        for (int batch = 0; batch < 4; batch++) {
            for (int i = 0; i < 150; i++) {
                put(String.valueOf(batch * 150 + i));
            }
            index.commit(batch + 1);
        }
        for (int i = 0; i < 60; i++) {
            put(String.valueOf(random.nextInt(600)));
        }
        for (int i = 0; i < 25; i++) {
            String id = String.valueOf(random.nextInt(600));
            SearchDocument gone = live.remove(id);
            if (gone != null) {
                index.remove(gone.type(), id);
            }
        }
        index.commit(5);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void put(String id) {
        boolean tender = random.nextInt(3) == 0;
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("colour", IntStream.range(0, random.nextInt(3)).mapToObj(i -> "c" + random.nextInt(VALUES.get("colour"))).distinct().toList());
        facets.put("shape", random.nextInt(5) == 0 ? List.of() : List.of("s" + random.nextInt(VALUES.get("shape"))));
        facets.put("maker", List.of(String.format("m%02d", random.nextInt(VALUES.get("maker")))));
        facets.values().removeIf(List::isEmpty);
        Instant deadline = tender && random.nextInt(6) > 0 ? NOW.plus(Duration.ofDays(random.nextInt(80) - 20)) : null;
        SearchDocument document = new SearchDocument((tender ? "tender:" : "solution:") + id, tender ? IndexedType.TENDER : IndexedType.SOLUTION,
                id, "Ting " + id, null, random.nextBoolean() ? "alfa" : "beta", facets, Set.of(Audience.PUBLIC), Set.of(), NOW, deadline, 0);
        SearchDocument before = live.put(id, document);
        if (before != null && before.type() != document.type()) {
            index.remove(before.type(), id);
        }
        index.put(document);
    }

    @Test
    void everySearchCountsAsCountingByHandDoes() {
        for (int round = 0; round < 60; round++) {
            String text = List.of("", "alfa", "beta").get(round % 3);
            Map<String, Set<String>> chosen = new HashMap<>();
            for (String dimension : VALUES.keySet()) {
                if (random.nextInt(3) == 0) {
                    chosen.put(dimension, new java.util.HashSet<>(List.of(value(dimension), value(dimension))));
                }
            }
            Set<DeadlineRange> ranges = random.nextInt(3) == 0 ? EnumSet.of(DeadlineRange.values()[random.nextInt(4)]) : Set.of();
            SearchResult found = index.searchAfresh(new SearchQuery(text, Optional.empty(), chosen, ranges, SearchSort.NEWEST, 1, 10,
                    Viewer.ANONYMOUS, NOW));
            String asked = text + " " + chosen + " " + ranges;
            assertEquals(matching(text, chosen, ranges, null).size(), found.total(), asked);
            Map<String, List<SearchResult.FacetCount>> expected = new LinkedHashMap<>();
            for (String dimension : new TreeMap<>(VALUES).keySet()) {
                List<SearchResult.FacetCount> counts = byHand(matching(text, chosen, ranges, dimension), dimension);
                if (!counts.isEmpty()) {
                    expected.put(dimension, counts);
                }
            }
            expected.put(SearchQuery.DEADLINE, deadlinesByHand(matching(text, chosen, ranges, SearchQuery.DEADLINE)));
            assertEquals(expected, found.facets(), asked);
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(found.facets().keySet()), "dimensions by name whatever is chosen: " + asked);
        }
    }

    @Test
    void aDimensionShowsItsThirtyMostFrequentValuesTiesByName() {
        List<SearchResult.FacetCount> makers = index.search(new SearchQuery("", Optional.empty(), Map.of(), Set.of(), SearchSort.NEWEST, 1, 10,
                Viewer.ANONYMOUS, NOW)).facets().get("maker");
        assertEquals(SHOWN, makers.size());
        assertEquals(makers, byHand(List.copyOf(live.values()), "maker"));
        long tiedAtTheEdge = byHand(List.copyOf(live.values()), "maker", VALUES.get("maker")).stream()
                .filter(c -> c.count() == makers.get(SHOWN - 1).count()).count();
        assertTrue(tiedAtTheEdge > 1, "the corpus ties values at the thirtieth place, so the names decide which are shown");
    }

    private String value(String dimension) {
        int value = random.nextInt(VALUES.get(dimension));
        return switch (dimension) {
            case "colour" -> "c" + value;
            case "shape" -> "s" + value;
            default -> String.format("m%02d", value);
        };
    }

    /** The documents with the text that meet every choice but those of the dimension left out. */
    private List<SearchDocument> matching(String text, Map<String, Set<String>> chosen, Set<DeadlineRange> ranges, String leftOut) {
        return live.values().stream()
                .filter(d -> text.isEmpty() || d.text().equals(text))
                .filter(d -> chosen.entrySet().stream().allMatch(c -> c.getKey().equals(leftOut)
                        || d.facets().getOrDefault(c.getKey(), List.of()).stream().anyMatch(c.getValue()::contains)))
                .filter(d -> ranges.isEmpty() || SearchQuery.DEADLINE.equals(leftOut) || ranges.stream().anyMatch(r -> in(r, d)))
                .toList();
    }

    private static List<SearchResult.FacetCount> byHand(List<SearchDocument> documents, String dimension) {
        return byHand(documents, dimension, SHOWN);
    }

    private static List<SearchResult.FacetCount> byHand(List<SearchDocument> documents, String dimension, int most) {
        Map<String, Long> counts = documents.stream().flatMap(d -> d.facets().getOrDefault(dimension, List.of()).stream())
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(most).map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue())).toList();
    }

    private static List<SearchResult.FacetCount> deadlinesByHand(List<SearchDocument> documents) {
        List<SearchResult.FacetCount> counts = new ArrayList<>();
        for (DeadlineRange range : DeadlineRange.values()) {
            long count = documents.stream().filter(d -> in(range, d)).count();
            if (count > 0) {
                counts.add(new SearchResult.FacetCount(range.name(), count));
            }
        }
        return counts;
    }

    private static boolean in(DeadlineRange range, SearchDocument document) {
        if (document.deadline() == null) {
            return false;
        }
        long at = document.deadline().toEpochMilli();
        return at >= range.from(NOW) && at <= range.to(NOW);
    }
}
