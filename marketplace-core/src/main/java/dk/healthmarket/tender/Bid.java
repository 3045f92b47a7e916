package dk.healthmarket.tender;

import dk.healthmarket.account.UserAccount;
import dk.healthmarket.document.Document;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.Sha256;
import dk.healthmarket.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One submission of a sealed bid, kept exactly as received: its canonical content, the SHA-256
 * of that content and the server time of receipt. A later submission replaces it without
 * changing it; {@link BidService} decides who may read it, and when.
 */
@Entity
@Table(name = "bid")
public class Bid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tender_id")
    private Tender tender;

    @ManyToOne(optional = false)
    @JoinColumn(name = "supplier_id")
    private Organisation supplier;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submitted_by_id")
    private UserAccount submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BidStatus status;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @ManyToOne
    @JoinColumn(name = "replaces_id", updatable = false)
    private Bid replaces;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bid_score", joinColumns = @JoinColumn(name = "bid_id"))
    @MapKeyColumn(name = "criterion")
    @Column(name = "score")
    private Map<String, Integer> scores = new HashMap<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "bid_document", joinColumns = @JoinColumn(name = "bid_id"), inverseJoinColumns = @JoinColumn(name = "document_id"))
    private List<Document> documents = new ArrayList<>();

    @Column(name = "excluded_reason")
    private String excludedReason;

    protected Bid() {
    }

    Bid(Tender tender, UserAccount submittedBy, BidContent content, List<Document> documents, Instant receivedAt, Bid replaces) {
        this.documents.addAll(documents);
        this.tender = tender;
        this.supplier = submittedBy.organisation();
        this.submittedBy = submittedBy;
        this.status = BidStatus.SUBMITTED;
        this.content = content.canonical();
        this.sha256 = BidReceipt.issue(content, receivedAt).sha256();
        this.receivedAt = receivedAt;
        this.replaces = replaces;
    }

    void replace() {
        requireCounting();
        status = BidStatus.REPLACED;
    }

    void withdraw(Instant now) {
        requireCounting();
        status = BidStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    /** The lead buyer's assessment: a score per qualitative criterion, or a reason to exclude the bid. */
    void assess(Map<String, Integer> scores, String excludedReason) {
        this.scores.clear();
        this.scores.putAll(scores);
        this.excludedReason = excludedReason == null || excludedReason.isBlank() ? null : excludedReason.strip();
    }

    private void requireCounting() {
        if (status != BidStatus.SUBMITTED) {
            throw new ConflictException(Text.of("bid.notCounting", status.name()));
        }
    }

    public boolean isOf(Organisation organisation) {
        return supplier.id().equals(organisation.id());
    }

    public boolean counts() {
        return status == BidStatus.SUBMITTED;
    }

    public BidReceipt receipt() {
        return new BidReceipt(tender.id(), receivedAt, sha256);
    }

    /** Whether the stored content still hashes to the digest taken when it was received. */
    public boolean isIntact() {
        return Sha256.hex(content).equals(sha256);
    }

    public Long id() {
        return id;
    }

    public Tender tender() {
        return tender;
    }

    public Organisation supplier() {
        return supplier;
    }

    public BidStatus status() {
        return status;
    }

    public BidContent content() {
        return BidContent.parse(content);
    }

    /** The content exactly as stored and hashed. */
    public String canonicalContent() {
        return content;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<Long> replacesBid() {
        return Optional.ofNullable(replaces).map(Bid::id);
    }

    public List<Document> documents() {
        return List.copyOf(documents);
    }

    public Map<String, Integer> scores() {
        return Map.copyOf(scores);
    }

    public Optional<String> excludedReason() {
        return Optional.ofNullable(excludedReason);
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }
}
