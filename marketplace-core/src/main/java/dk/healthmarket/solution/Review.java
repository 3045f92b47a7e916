package dk.healthmarket.solution;

import dk.healthmarket.account.UserAccount;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One review of one revision by the innovation centre: who took it, when, the verdicts and the decision. */
@Entity
@Table(name = "solution_review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "solution_id")
    private Solution solution;

    @ManyToOne(optional = false)
    @JoinColumn(name = "revision_id")
    private SolutionRevision revision;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reviewer_id")
    private UserAccount reviewer;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    private SolutionStatus decision;

    private String reasons;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solution_review_verdict", joinColumns = @JoinColumn(name = "review_id"))
    private List<DomainVerdict> verdicts = new ArrayList<>();

    protected Review() {
    }

    Review(Solution solution, UserAccount reviewer, Instant now) {
        this.solution = solution;
        this.revision = solution.working();
        this.reviewer = reviewer;
        this.startedAt = now;
    }

    void decide(ReviewDecision decision, Instant now) {
        this.decision = decision.decision();
        this.reasons = decision.reasons() == null || decision.reasons().isBlank() ? null : decision.reasons().strip();
        this.verdicts.clear();
        this.verdicts.addAll(decision.domainVerdicts());
        this.decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public Solution solution() {
        return solution;
    }

    public SolutionRevision revision() {
        return revision;
    }

    public UserAccount reviewer() {
        return reviewer;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<SolutionStatus> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<String> reasons() {
        return Optional.ofNullable(reasons);
    }

    public List<DomainVerdict> verdicts() {
        return List.copyOf(verdicts);
    }
}
