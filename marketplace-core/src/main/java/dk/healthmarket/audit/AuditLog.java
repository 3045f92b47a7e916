package dk.healthmarket.audit;

import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.persistence.PagedQuery;
import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit log. Services call {@link #record} inside their own transaction, so an
 * entry exists exactly when the change it describes was committed.
 */
@ApplicationScoped
public class AuditLog {

    private static final int VERIFY_BATCH = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, Object objectId, String detail) {
        record(caller.auditName(), action, objectType, objectId, detail);
    }

    /** For the rare entry whose actor is not the caller, such as a company registering itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String objectType, Object objectId, String detail) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        var entry = new AuditEntry(head.lastSequence() + 1, head.lastHash(), clock.instant(), actor, action,
                objectType, String.valueOf(objectId), detail);
        em.persist(entry);
        head.advanceTo(entry);
    }

    @Transactional
    public Page<AuditEntry> find(AuditFilter filter, PageRequest page) {
        caller.requireAnyRole(Role.ADMIN);
        return PagedQuery.of(em, AuditEntry.class, "e")
                .where("e.actor = :actor", "actor", filter.actor())
                .where("e.action = :action", "action", filter.action())
                .where("e.objectType = :objectType", "objectType", filter.objectType())
                .where("e.objectId = :objectId", "objectId", filter.objectId())
                .where("e.occurredAt >= :from", "from", filter.from())
                .where("e.occurredAt < :to", "to", filter.to())
                .page("e.sequence desc", page);
    }

    /**
     * One object's entries, oldest first. Without a role check: the feature that owns the object
     * decides who may read its history.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> ofObject(String objectType, Object objectId, PageRequest page) {
        return PagedQuery.of(em, AuditEntry.class, "e")
                .where("e.objectType = :objectType", "objectType", objectType)
                .where("e.objectId = :objectId", "objectId", String.valueOf(objectId))
                .page("e.sequence", page);
    }

    /** Recomputes the whole chain; records that it was checked, and by whom. */
    @Transactional
    public ChainVerification verify() {
        caller.requireAnyRole(Role.ADMIN);
        // InnoDB's consistent read gives the head and the entries as of one moment, without locking writers out
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        var verifier = new ChainVerifier();
        long after = 0;
        List<AuditEntry> batch;
        do {
            batch = new ArrayList<>(em.createQuery("select e from AuditEntry e where e.sequence > :after order by e.sequence", AuditEntry.class)
                    .setParameter("after", after)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList());
            for (AuditEntry entry : batch) {
                if (!verifier.accept(entry)) {
                    return recordVerification(verifier.finish(head));
                }
                after = entry.sequence();
            }
            em.clear();
        } while (batch.size() == VERIFY_BATCH);
        return recordVerification(verifier.finish(head));
    }

    private ChainVerification recordVerification(ChainVerification result) {
        record("audit.verified", "AuditLog", "chain", result.intact()
                ? "intact, " + result.entriesChecked() + " entries"
                : "BROKEN at entry " + result.brokenAt() + ": " + result.problem());
        return result;
    }
}
