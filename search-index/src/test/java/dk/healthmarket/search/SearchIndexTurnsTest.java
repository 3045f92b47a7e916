package dk.healthmarket.search;

import static dk.healthmarket.search.SearchIndexTest.solution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches computed at the same time take turns: every one is answered, and one that fails gives its turn back. */
class SearchIndexTurnsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");

    @TempDir
    Path directory;

    private SearchIndex index;

    @BeforeEach
    void corpus() {
        index = SearchIndex.open(directory);
        for (int i = 1; i <= 40; i++) {
            index.put(solution(String.valueOf(i), "Monitor " + i, "Hjemmemonitorering af KOL.", "Måling nummer " + i + ".", "REMOTE_PATIENT_MONITORING",
                    "COPD", Set.of(Audience.PUBLIC), i));
        }
        index.commit(40);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static SearchQuery query(String text, int page) {
        return new SearchQuery(text, Optional.empty(), Map.of(), Set.of(), SearchSort.RELEVANCE, page, 5, Viewer.ANONYMOUS, NOW);
    }

    @Test
    void manySearchesAtOnceAreEachAnswered() {
        ExecutorService clients = Executors.newFixedThreadPool(4 * Runtime.getRuntime().availableProcessors() + 4);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> { // a turn never given back would hang here, not the build
            try {
                List<Future<SearchResult>> answers = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    int page = 1 + i % 8;
                    answers.add(clients.submit(() -> index.searchAfresh(query(page % 2 == 0 ? "KOL" : "copd monitor", page))));
                }
                for (int i = 0; i < answers.size(); i++) {
                    SearchResult answer = answers.get(i).get();
                    assertEquals(40, answer.total());
                    assertEquals(5, answer.hits().size(), "page " + (1 + i % 8) + " of eight full ones");
                }
            } finally {
                clients.shutdownNow();
            }
        });
    }

    @Test
    void aSearchThatCannotBeReadGivesItsTurnBack() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 8 * Runtime.getRuntime().availableProcessors(); i++) {
                assertThrows(SearchSyntaxException.class, () -> index.searchAfresh(query("KOL AND (", 1)));
            }
            assertEquals(40, index.searchAfresh(query("KOL", 1)).total());
        });
    }
}
