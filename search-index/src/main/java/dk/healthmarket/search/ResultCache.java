package dk.healthmarket.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers one version of the index has given, so that a search asked again is not run again.
 * It holds at most {@code capacity} answers and forgets the least recently used first. Each
 * version of the index has a cache of its own, so an answer never outlives the index it came from.
 */
final class ResultCache {

    private final Map<SearchQuery, SearchResult> answers;

    ResultCache(int capacity) {
        this.answers = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchQuery, SearchResult> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The answer given to this query, or null. */
    SearchResult answer(SearchQuery query) {
        return answers.get(query);
    }

    void keep(SearchQuery query, SearchResult answer) {
        answers.put(query, answer);
    }

    int size() {
        return answers.size();
    }
}
