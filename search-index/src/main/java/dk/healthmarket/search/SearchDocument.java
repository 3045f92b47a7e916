package dk.healthmarket.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One searchable thing as the index sees it: a solution or a tender with its name, summary and
 * full text, facet values per dimension, who may find it, and what it is sorted by. Core builds
 * these from the database; the index never reads the database.
 *
 * @param key        unique in the index: a solution's public and draft versions have keys of their own
 * @param id         the object's id, the same for all its versions
 * @param facets     facet dimension → values, e.g. {@code category → [AI_TRIAGE]}
 * @param visibleTo  who may find it
 * @param hiddenFrom who finds a newer version of it instead
 */
public record SearchDocument(String key, IndexedType type, String id, String name, String summary, String text,
        Map<String, List<String>> facets, Set<Audience> visibleTo, Set<Audience> hiddenFrom,
        Instant published, Instant deadline, long adoptions) {

    public SearchDocument {
        facets = Map.copyOf(facets);
        visibleTo = Set.copyOf(visibleTo);
        hiddenFrom = Set.copyOf(hiddenFrom);
    }
}
