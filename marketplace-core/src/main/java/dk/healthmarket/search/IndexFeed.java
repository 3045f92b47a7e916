package dk.healthmarket.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The newest committed entry added before this instant; 0 when there is none. */
    public long lastBefore(Instant instant) {
        return outbox.lastBefore(instant);
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

    /** A kind's object ids after {@code after} (null for the first), in ascending order: a rebuild's pages. */
    public List<String> ids(IndexedType type, String after, int limit) {
        return source(type).map(source -> source.ids(after, limit)).orElse(List.of());
    }

    /** The documents of these objects of one kind, for a rebuild. */
    public List<SearchDocument> documents(IndexedType type, List<String> ids) {
        return source(type).map(source -> source.documents(ids)).orElse(List.of());
    }

    private Optional<SearchDocumentSource> source(IndexedType type) {
        return sources.stream().filter(source -> source.type() == type).findFirst();
    }
}
