package dk.healthmarket.web.api.search;

import dk.healthmarket.search.SearchResult;
import java.util.List;
import java.util.Map;

/**
 * A page of search results: hits with highlighted snippets ({@code <mark>} around the matches, the
 * rest escaped), facet counts per dimension, and, when the query found nothing as typed, what it
 * probably meant and whether the hits come from that correction or a fuzzy retry.
 */
public record SearchView(long total, int page, int size, List<Hit> items, Map<String, List<SearchResult.FacetCount>> facets,
        String didYouMean, boolean corrected) {

    public record Hit(String type, String id, String name, String summary, String snippet, String href) {

        public static Hit of(SearchResult.Hit h) {
            String path = switch (h.type()) {
                case SOLUTION -> "/api/v1/solutions/";
                case TENDER -> "/api/v1/tenders/";
                case ORGANISATION -> "/api/v1/organisations/";
            };
            return new Hit(h.type().name(), h.id(), h.name(), h.summary(), h.snippet(), path + h.id());
        }
    }

    public static SearchView of(SearchResult r, int page, int size) {
        return new SearchView(r.total(), page, size, r.hits().stream().map(Hit::of).toList(), r.facets(), r.didYouMean().orElse(null), r.fuzzy());
    }
}
