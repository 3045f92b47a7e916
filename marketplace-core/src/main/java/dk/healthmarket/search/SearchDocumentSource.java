package dk.healthmarket.search;

import java.util.List;

/**
 * Where the search documents of one kind of object come from: the feature that owns the objects
 * builds them from the database, so the indexer knows nothing of solutions or tenders.
 */
public interface SearchDocumentSource {

    IndexedType type();

    /** The documents of these objects as they are now; an object with none is removed from the index. */
    List<SearchDocument> documents(List<String> ids);

    /** How many documents its objects have now: what a complete index holds of this kind. */
    long count();

    /** Every object's id after {@code after} (ids in ascending order; null for the first page), for a rebuild. */
    List<String> ids(String after, int limit);
}
