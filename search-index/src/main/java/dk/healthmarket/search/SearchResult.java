package dk.healthmarket.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a search found: the total, one page of hits, the facet counts per dimension (each counted
 * as if its own choice were not made, so the other values stay choosable), and, when the query
 * found little, the spelling it probably meant and whether results come from a fuzzy retry.
 * Unmodifiable, as an answer may be given again.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, Optional<String> didYouMean, boolean fuzzy) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    /** One found document, with a snippet of its text where the query matched, the matches marked. */
    public record Hit(IndexedType type, String id, String name, String summary, String snippet, float score) {
    }

    public record FacetCount(String value, long count) {
    }
}
