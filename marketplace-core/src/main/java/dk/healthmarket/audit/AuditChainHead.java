package dk.healthmarket.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row naming the newest entry of the chain. Writers lock it, so entries get gap-free
 * sequence numbers and each links to its true predecessor even with several server instances.
 * It also lets verification notice entries deleted from the end.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditChainHead() {
    }

    long lastSequence() {
        return lastSequence;
    }

    String lastHash() {
        return lastHash;
    }

    void advanceTo(AuditEntry entry) {
        lastSequence = entry.sequence();
        lastHash = entry.hash();
    }
}
