package dk.healthmarket.solution;

import dk.healthmarket.account.UserAccount;
import dk.healthmarket.document.Document;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.DanishTime;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.PermissionDeniedException;
import dk.healthmarket.shared.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A company's health solution. Its content lives in revisions: the working revision is the one the
 * company edits and the centre reviews; the approved revision is the public one, and stays public
 * while a newer revision is worked on.
 */
@Entity
@Table(name = "solution")
public class Solution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "company_id")
    private Organisation company;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set on every change of content, so the solution's version (its ETag) moves with its revisions. */
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @ManyToOne
    @JoinColumn(name = "working_revision_id")
    private SolutionRevision working;

    @ManyToOne
    @JoinColumn(name = "approved_revision_id")
    private SolutionRevision approved;

    /** The day it first became public; later approvals of new revisions do not move it. */
    @Column(name = "first_approved_on")
    private LocalDate firstApprovedOn;

    @OneToMany(mappedBy = "solution", cascade = CascadeType.ALL)
    @OrderBy("validatedAt, id")
    private List<ClaimValidation> validations = new ArrayList<>();

    protected Solution() {
    }

    Solution(Organisation company, Instant now) {
        this.company = company;
        this.createdAt = now;
        this.changedAt = now;
    }

    /** Starts the first revision; the solution must have been persisted first. */
    SolutionRevision start(SolutionDraft draft, Instant now) {
        working = new SolutionRevision(this, 1, draft, now);
        return working;
    }

    /**
     * Changes the content. A revision the company holds is edited in place; after a decision or a
     * withdrawal the change starts the next revision, and an approved one stays public meanwhile.
     */
    SolutionRevision edit(SolutionDraft draft, Instant now) {
        changedAt = now;
        if (working.status().isEditable()) {
            working.edit(draft);
            return working;
        }
        if (working.status().isWithTheCentre()) {
            throw new ConflictException(Text.of("solution.notEditable", working.status().name()));
        }
        working = working.next(draft, now);
        return working;
    }

    /** Whether the draft would change nothing: the company holds the revision and it says exactly this already. */
    boolean holds(SolutionDraft draft) {
        return working.status().isEditable() && working.holds(draft);
    }

    /** Submits the working revision when its documentation is complete; otherwise says exactly what is missing. */
    void submit(LocalDate today, Instant now) {
        working.status().requireMoveTo(SolutionStatus.SUBMITTED);
        List<FieldError> gaps = Completeness.missing(working.documentation(), today).values().stream().flatMap(List::stream).toList();
        if (!gaps.isEmpty()) {
            throw new InvalidInputException(gaps.stream().map(g -> new FieldError("documentation." + g.field(), g.text())).toList());
        }
        working.moveTo(SolutionStatus.SUBMITTED, now);
        changedAt = now;
    }

    void withdraw(Instant now) {
        working.moveTo(SolutionStatus.WITHDRAWN, now);
        changedAt = now;
    }

    /** Takes the submitted revision into review; nobody reviews a solution of their own organisation. */
    void takeIntoReview(Organisation reviewersOrganisation, Instant now) {
        if (belongsTo(reviewersOrganisation)) {
            throw new PermissionDeniedException(Text.of("review.conflictOfInterest"));
        }
        working.moveTo(SolutionStatus.IN_REVIEW, now);
        changedAt = now;
    }

    /**
     * Decides the revision in review, recording the domains whose claims the reviewer validated; an
     * approved revision becomes the public one.
     */
    void decide(ReviewDecision decision, UserAccount reviewer, Instant now) {
        List<FieldError> problems = decision.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        working.moveTo(decision.decision(), now);
        changedAt = now;
        decision.validated().stream().filter(domain -> provenance(working, domain).isEmpty())
                .forEach(domain -> validations.add(new ClaimValidation(working, domain, reviewer, now)));
        if (decision.decision() == SolutionStatus.APPROVED) {
            approved = working;
            if (firstApprovedOn == null) {
                firstApprovedOn = LocalDate.ofInstant(now, DanishTime.ZONE);
            }
        }
    }

    /** Adds a document to one domain of the working revision, while the company holds it. */
    SolutionAttachment attach(AssessmentDomain domain, Document document, Instant now) {
        changedAt = now;
        return working.attach(domain, document);
    }

    void detach(SolutionAttachment attachment, Instant now) {
        changedAt = now;
        working.detach(attachment);
    }

    /**
     * Who validated a domain of a revision, if anyone did: a validation of identical content in any
     * revision counts. Without one, the domain's claims and attachments are self-declared.
     */
    public Optional<ClaimValidation> provenance(SolutionRevision revision, AssessmentDomain domain) {
        String fingerprint = SectionFingerprint.of(revision, domain);
        return validations.stream().filter(v -> v.covers(domain, fingerprint)).reduce((first, later) -> later);
    }

    /** The approved revision's certificates that have expired by {@code today}: the solution is due for review again. */
    public List<Documentation.Expiry> expiredCertificates(LocalDate today) {
        return approved().map(r -> r.documentation().expiredOn(today)).orElse(List.of());
    }

    public boolean belongsTo(Organisation organisation) {
        return company == organisation || company.id() != null && company.id().equals(organisation.id());
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Organisation company() {
        return company;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public SolutionRevision working() {
        return working;
    }

    public Optional<LocalDate> firstApprovedOn() {
        return Optional.ofNullable(firstApprovedOn);
    }

    public Optional<SolutionRevision> approved() {
        return Optional.ofNullable(approved);
    }
}
