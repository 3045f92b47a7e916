package dk.healthmarket.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchIndex;
import dk.healthmarket.search.SearchResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's searches, on a corpus of its making, put their best match first: a search of
 * both kinds of document starts no lower than the same search among tenders alone, or solutions
 * alone. Lucene, skipping the blocks of documents it reckoned unable to reach the page, once left
 * the best tenders of some quoted phrases ("kortere ventetid") off the first page: where a word of
 * the phrase has two stems, a document that holds both counts the phrase twice, more than the
 * reckoning allowed. Whether a search met such a block depended on what had been searched before, so
 * the whole mix runs, in its order, every answer computed.
 */
class SearchRankingTest {

    @TempDir
    Path directory;

    @Test
    void everySearchPutsItsBestMatchFirst() {
        try (SearchIndex index = SearchIndex.open(directory)) {
            BenchmarkCorpus.generate(30_000, 6_000).forEach(item -> index.put(item.document()));
            index.compact();
            index.commit(1);
            List<String> misranked = new ArrayList<>();
            int compared = 0;
            for (BenchmarkCorpus.Query search : BenchmarkCorpus.searches(5_000)) {
                SearchResult both = index.searchAfresh(SearchBenchmark.inProcess(search));
                if (search.type() != null || search.category() != null || search.page() != 1 || both.fuzzy()) {
                    continue;
                }
                compared++;
                for (IndexedType type : IndexedType.values()) {
                    SearchResult alone = index.searchAfresh(SearchBenchmark.inProcess(new BenchmarkCorpus.Query(search.text(), null, type, 1)));
                    if (!alone.fuzzy() && best(alone) > best(both)) {
                        misranked.add(search.text() + ": " + best(both) + " first, " + best(alone) + " among " + type);
                    }
                }
            }
            assertTrue(compared > 1_000, "most of the mix is compared: " + compared);
            assertEquals(List.of(), misranked);
        }
    }

    private static float best(SearchResult result) {
        return result.hits().isEmpty() ? 0 : result.hits().get(0).score();
    }
}
