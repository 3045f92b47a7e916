package dk.healthmarket.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

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

    /** Notes that the document for this object must be (re)built or removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(IndexedType type, Object id) {
        em.persist(new OutboxEntry(type, String.valueOf(id), clock.instant()));
    }
}
