package dk.healthmarket.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A search: the text in Lucene's query syntax (blank finds everything), the kind of document,
 * chosen facet values per dimension and deadline ranges, order, page (from 1) and size, who is
 * searching, and when, to the minute: deadline ranges count from then, and the same search within
 * the minute is the same search, so its answer can be reused.
 */
public record SearchQuery(String text, Optional<IndexedType> type, Map<String, Set<String>> filters, Set<DeadlineRange> deadlines,
        SearchSort sort, int page, int size, Viewer viewer, Instant now) {

    /** The facet dimension of the deadline ranges. */
    public static final String DEADLINE = "deadline";

    public SearchQuery {
        text = text == null ? "" : text.strip();
        filters = Map.copyOf(filters);
        deadlines = Set.copyOf(deadlines);
        now = now.truncatedTo(ChronoUnit.MINUTES);
        if (page < 1 || size < 1 || size > 100) {
            throw new IllegalArgumentException("page from 1, size 1 to 100");
        }
    }
}
