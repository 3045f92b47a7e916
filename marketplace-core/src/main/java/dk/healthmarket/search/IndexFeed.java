package dk.healthmarket.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What the indexer reads from the database: outbox entries, and the documents of the objects they name. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IndexFeed {

    @Inject
    SearchOutbox outbox;

    @Inject
    Instance<SearchDocumentSource> sources;

    public List<OutboxEntry> after(long cursor, int limit) {
        return outbox.after(cursor, limit);
    }

    /** The entries with these ids that have been committed by now. */
    public List<OutboxEntry> only(Set<Long> ids) {
        return outbox.only(ids);
    }

    public long last() {
        return outbox.last();
    }

    /** The objects' documents as they are now, per object; kinds nobody indexes are left out. */
    public Map<IndexedType, Map<String, List<SearchDocument>>> documents(Map<IndexedType, Set<String>> ids) {
        Map<IndexedType, Map<String, List<SearchDocument>>> documents = new EnumMap<>(IndexedType.class);
        for (SearchDocumentSource source : sources) {
            Set<String> wanted = ids.getOrDefault(source.type(), Set.of());
            if (!wanted.isEmpty()) {
                Map<String, List<SearchDocument>> byObject = source.documents(List.copyOf(wanted)).stream()
                        .collect(Collectors.groupingBy(SearchDocument::id));
                wanted.forEach(id -> byObject.putIfAbsent(id, List.of()));
                documents.put(source.type(), byObject);
            }
        }
        return documents;
    }

    /** How many documents of each kind a complete index holds now. */
    public Map<IndexedType, Long> counts() {
        Map<IndexedType, Long> counts = new EnumMap<>(IndexedType.class);
        sources.forEach(source -> counts.put(source.type(), source.count()));
        return counts;
    }

    /** One page of a kind's ids, for a rebuild, with their documents. */
    public Page page(IndexedType type, String after, int limit) {
        for (SearchDocumentSource source : sources) {
            if (source.type() == type) {
                List<String> ids = source.ids(after, limit);
                return new Page(ids.isEmpty() ? null : ids.get(ids.size() - 1), ids.isEmpty() ? List.of() : source.documents(ids));
            }
        }
        return new Page(null, List.of());
    }

    /** The documents of one page of a rebuild; {@code last} is where the next page starts, null after the last. */
    public record Page(String last, List<SearchDocument> documents) {
    }
}
