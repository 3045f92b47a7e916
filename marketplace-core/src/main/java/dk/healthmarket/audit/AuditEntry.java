package dk.healthmarket.audit;

import dk.healthmarket.shared.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One audit record: who did what to which object, and when. Entries form a hash chain: each one's
 * hash covers its own content and the hash of the entry before it, so editing or deleting any
 * entry breaks the chain from that point on.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final String GENESIS_HASH = "0".repeat(64);
    static final int ACTOR_LENGTH = 254;
    static final int DETAIL_LENGTH = 2000;

    @Id
    private long sequence;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false)
    private String objectId;

    private String detail;

    @Column(name = "previous_hash", nullable = false)
    private String previousHash;

    @Column(nullable = false)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long sequence, String previousHash, Instant occurredAt, String actor, String action,
            String objectType, String objectId, String detail) {
        this.sequence = sequence;
        this.previousHash = previousHash;
        // the column keeps microseconds; hash exactly what is stored
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = fit(actor, ACTOR_LENGTH);
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.detail = fit(detail, DETAIL_LENGTH);
        this.hash = computeHash();
    }

    /** The audit never refuses a change over the length of its own record: long texts are cut, visibly. */
    private static String fit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** The hash this entry's content and predecessor call for; differs from {@link #hash()} if edited. */
    String computeHash() {
        var canonical = new StringBuilder();
        for (Object part : new Object[] {sequence, previousHash, occurredAt, actor, action, objectType, objectId, detail}) {
            String text = part == null ? "" : part.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        return Sha256.hex(canonical.toString());
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String detail() {
        return detail;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
