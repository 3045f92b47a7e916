package dk.healthmarket.solution;

import dk.healthmarket.account.UserAccount;
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
 * A reviewer's statement that one domain's claims and attachments were checked against their
 * sources. It holds for exactly the content checked, named by its {@link SectionFingerprint}: a
 * later revision with the same section is still validated; any change makes it self-declared again.
 */
@Entity
@Table(name = "solution_claim_validation")
public class ClaimValidation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "solution_id")
    private Solution solution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentDomain domain;

    @Column(nullable = false)
    private String fingerprint;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "validated_by_id")
    private UserAccount validatedBy;

    @Column(name = "validated_at", nullable = false)
    private Instant validatedAt;

    protected ClaimValidation() {
    }

    ClaimValidation(SolutionRevision revision, AssessmentDomain domain, UserAccount validatedBy, Instant now) {
        this.solution = revision.solution();
        this.domain = domain;
        this.fingerprint = SectionFingerprint.of(revision, domain);
        this.revisionNumber = revision.number();
        this.validatedBy = validatedBy;
        this.validatedAt = now;
    }

    /** Whether this validation is of the domain's content with this fingerprint. */
    boolean covers(AssessmentDomain domain, String fingerprint) {
        return this.domain == domain && this.fingerprint.equals(fingerprint);
    }

    public AssessmentDomain domain() {
        return domain;
    }

    public int revisionNumber() {
        return revisionNumber;
    }

    public UserAccount validatedBy() {
        return validatedBy;
    }

    public Instant validatedAt() {
        return validatedAt;
    }
}
