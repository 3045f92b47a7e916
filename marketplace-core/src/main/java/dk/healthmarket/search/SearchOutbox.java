package dk.healthmarket.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The search outbox: every change to a searchable object adds a row here in the same transaction,
 * so the indexer sees exactly the committed changes, and sees each of them.
 */
@ApplicationScoped
public class SearchOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Committed entries after {@code cursor}, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxEntry> after(long cursor, int limit) {
        return em.createQuery("select e from OutboxEntry e where e.id > :cursor order by e.id", OutboxEntry.class)
                .setParameter("cursor", cursor).setMaxResults(limit).getResultList();
    }

    /** The committed entries among these ids. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxEntry> only(Set<Long> ids) {
        return em.createQuery("select e from OutboxEntry e where e.id in :ids order by e.id", OutboxEntry.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The id of the newest committed entry; 0 when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long last() {
        Long last = em.createQuery("select max(e.id) from OutboxEntry e", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /** The id of the newest committed entry added before this instant; 0 when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long lastBefore(Instant instant) {
        // newest first along the key: only the entries of the last moments are read, not the whole outbox
        return em.createQuery("select e.id from OutboxEntry e where e.createdAt < :instant order by e.id desc", Long.class)
                .setParameter("instant", instant).setMaxResults(1).getResultStream().findFirst().orElse(0L);
    }

    /** Notes that the document for this object must be (re)built or removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(IndexedType type, Object id) {
        em.persist(new OutboxEntry(type, String.valueOf(id), clock.instant()));
    }
}
