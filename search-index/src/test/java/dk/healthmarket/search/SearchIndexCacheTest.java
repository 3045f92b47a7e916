package dk.healthmarket.search;

import static dk.healthmarket.search.SearchIndexTest.solution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers are reused only by the same search of the same viewer on the same version of the index. */
class SearchIndexCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");
    private static final Viewer COMPANY = Viewer.of(77L, false);

    @TempDir
    Path directory;

    private SearchIndex index;

    @BeforeEach
    void corpus() {
        index = SearchIndex.open(directory);
        index.put(solution("1", "KOL-monitor", "Hjemmemonitorering af KOL.", "Iltmætning måles hjemme.", "REMOTE_PATIENT_MONITORING", "COPD",
                Set.of(Audience.PUBLIC), 5));
        index.put(solution("2", "Lungeven", "Genoptræning ved KOL.", "Træning med video.", "REHABILITATION", "COPD", Set.of(Audience.PUBLIC), 1));
        index.put(solution("3", "Hemmelig kladde", "Udkast om KOL.", "Endnu ikke godkendt.", "REMOTE_PATIENT_MONITORING", "COPD",
                Set.of(Audience.organisation(77), Audience.REVIEWERS), 0));
        index.commit(3);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static SearchQuery query(String text, Viewer viewer, Instant now) {
        return query(text, viewer, now, 1);
    }

    private static SearchQuery query(String text, Viewer viewer, Instant now, int page) {
        return new SearchQuery(text, Optional.empty(), Map.of(), Set.of(), SearchSort.RELEVANCE, page, 1, viewer, now);
    }

    @Test
    void theSameSearchWithinTheMinuteIsAnsweredFromTheCache() {
        SearchResult first = index.search(query("KOL", Viewer.ANONYMOUS, NOW));
        SearchResult again = index.search(query("KOL", Viewer.ANONYMOUS, NOW.plusSeconds(59)));
        assertSame(first, again);
        assertEquals(new SearchIndex.CacheStats(1, 1, 1), index.cacheStats());

        SearchResult nextMinute = index.search(query("KOL", Viewer.ANONYMOUS, NOW.plus(Duration.ofMinutes(1))));
        assertNotSame(first, nextMinute, "deadline ranges count from the minute asked");
        assertEquals(new SearchIndex.CacheStats(2, 1, 2), index.cacheStats());
    }

    @Test
    void aChangeIsFoundAtOnceThoughTheSearchWasAnsweredBefore() {
        assertEquals(2, index.search(query("KOL", Viewer.ANONYMOUS, NOW)).total());
        index.put(solution("4", "KOL-coach", "Coaching ved KOL.", "Samtaler.", "PREVENTION", "COPD", Set.of(Audience.PUBLIC), 0));
        index.refresh();
        assertEquals(3, index.search(query("KOL", Viewer.ANONYMOUS, NOW)).total());
        index.remove(IndexedType.SOLUTION, "4");
        index.commit(5);
        assertEquals(2, index.search(query("KOL", Viewer.ANONYMOUS, NOW)).total());
        assertEquals(0, index.cacheStats().hits(), "each version of the index computed its own answer");
    }

    @Test
    void viewersWhoMaySeeDifferentDocumentsNeverShareAnAnswer() {
        assertEquals(0, index.search(query("kladde", Viewer.ANONYMOUS, NOW)).total());
        assertEquals(1, index.search(query("kladde", COMPANY, NOW)).total(), "the company finds its own draft");
        assertEquals(1, index.search(query("kladde", Viewer.of(null, true), NOW)).total(), "a reviewer finds it too");
        assertEquals(0, index.search(query("kladde", Viewer.ANONYMOUS, NOW)).total());
        assertEquals(0, index.search(query("kladde", Viewer.of(12L, false), NOW)).total(), "another company does not");
        assertEquals(1, index.cacheStats().hits());
    }

    @Test
    void anAnswerAskedAfreshIsComputedAndKeptForTheNextSearch() {
        SearchResult first = index.search(query("KOL", Viewer.ANONYMOUS, NOW));
        SearchResult fresh = index.searchAfresh(query("KOL", Viewer.ANONYMOUS, NOW));
        assertNotSame(first, fresh);
        assertEquals(first, fresh);
        assertSame(fresh, index.search(query("KOL", Viewer.ANONYMOUS, NOW)));
        assertEquals(new SearchIndex.CacheStats(1, 1, 2), index.cacheStats());
    }

    @Test
    void theCacheForgetsTheLeastRecentlyUsedAnswersBeyondItsCapacity() {
        SearchResult kept = index.search(query("", Viewer.ANONYMOUS, NOW, 1));
        for (int page = 2; page <= 1_100; page++) {
            index.search(query("", Viewer.ANONYMOUS, NOW, page));
            index.search(query("", Viewer.ANONYMOUS, NOW, 1));
        }
        assertEquals(1_000, index.cacheStats().answers());
        assertSame(kept, index.search(query("", Viewer.ANONYMOUS, NOW, 1)), "the answer used all along is still held");
        index.search(query("", Viewer.ANONYMOUS, NOW, 2));
        assertEquals(1_100 + 1, index.cacheStats().misses(), "the answer used longest ago was forgotten");
    }

    @Test
    void aKeptAnswerCannotBeChangedByWhoeverReadsIt() {
        SearchResult answer = index.search(query("KOL", Viewer.ANONYMOUS, NOW));
        assertThrows(UnsupportedOperationException.class, () -> answer.facets().put("category", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> answer.hits().clear());
    }
}
