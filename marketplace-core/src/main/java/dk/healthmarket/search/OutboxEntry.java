package dk.healthmarket.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One committed change to a searchable object. */
@Entity
@Table(name = "search_outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private IndexedType documentType;

    @Column(name = "document_id", nullable = false)
    private String documentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboxEntry() {
    }

    OutboxEntry(IndexedType documentType, String documentId, Instant createdAt) {
        this.documentType = documentType;
        this.documentId = documentId;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public IndexedType documentType() {
        return documentType;
    }

    public String documentId() {
        return documentId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
