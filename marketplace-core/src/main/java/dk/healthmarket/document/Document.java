package dk.healthmarket.document;

import dk.healthmarket.account.UserAccount;
import dk.healthmarket.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An uploaded document: its sanitised name, what its content is, its size and SHA-256. The bytes
 * live in the {@link DocumentStore} under their digest, outside the web application; who may read
 * them is for the feature it belongs to (a tender's documents are public, a bid's sealed).
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DocumentType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "uploaded_by_id", updatable = false)
    private UserAccount uploadedBy;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    protected Document() {
    }

    Document(DocumentStore.Stored stored, String givenName, UserAccount uploadedBy, Instant uploadedAt) {
        this.fileName = FileNames.sanitise(givenName, stored.type());
        this.type = stored.type();
        this.size = stored.size();
        this.sha256 = stored.sha256();
        this.uploadedBy = uploadedBy;
        this.organisation = uploadedBy.organisation();
        this.uploadedAt = uploadedAt;
    }

    public boolean isOf(Organisation other) {
        return organisation.id().equals(other.id());
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public DocumentType type() {
        return type;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
