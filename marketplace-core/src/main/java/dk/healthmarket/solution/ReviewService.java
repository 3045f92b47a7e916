package dk.healthmarket.solution;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.account.UserAccount;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchOutbox;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Review by the innovation centre: the queue of submitted revisions, taking one into review, and
 * the decision with a verdict per domain. The company reads its reviews; nobody else does.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    @Inject
    SolutionRepository solutions;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    SearchOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<SolutionApproved> approvals;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Solution> queue(@NotNull PageRequest page) {
        caller.requireAnyRole(Role.REVIEWER);
        return solutions.awaitingReview(page);
    }

    /** Takes the submitted revision into review, as the calling reviewer. */
    public Review take(long solutionId) {
        caller.requireAnyRole(Role.REVIEWER);
        UserAccount reviewer = accounts.current();
        Solution solution = locked(solutionId);
        solution.takeIntoReview(reviewer.organisation(), clock.instant());
        Review review = solutions.add(new Review(solution, reviewer, clock.instant()));
        changed(solution, "solution.inReview", "revision " + solution.working().number());
        return review;
    }

    /** Decides the review in progress: approve, request changes or reject, with verdicts and reasons. */
    public Review decide(long solutionId, long reviewId, @Valid @NotNull ReviewDecision decision) {
        caller.requireAnyRole(Role.REVIEWER);
        Solution solution = locked(solutionId);
        Review review = solutions.reviews(solutionId).stream().filter(r -> r.id() == reviewId).findFirst()
                .orElseThrow(() -> new NotFoundException("Review", reviewId));
        if (review.decision().isPresent() || review.revision() != solution.working() || solution.working().status() != SolutionStatus.IN_REVIEW) {
            throw new ConflictException(Text.of("review.notInReview", solution.working().status().name()));
        }
        solution.decide(decision, review.reviewer(), clock.instant());
        review.decide(decision, clock.instant());
        changed(solution, "solution." + decision.decision().name().toLowerCase(Locale.ROOT), "revision "
                + solution.working().number() + (decision.reasons() == null ? "" : ": " + decision.reasons()));
        if (decision.decision() == SolutionStatus.APPROVED) {
            approvals.fire(new SolutionApproved(solutionId));
        }
        return review;
    }

    /** A solution's reviews: for its company and for reviewers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Review> history(long solutionId) {
        Solution solution = solutions.find(solutionId).orElseThrow(() -> new NotFoundException(SolutionService.AUDIT_TYPE, solutionId));
        caller.requireLoggedIn();
        boolean company = caller.hasRole(Role.SUPPLIER) && solution.belongsTo(accounts.current().organisation());
        if (!company && !caller.hasRole(Role.REVIEWER)) {
            throw new NotFoundException(SolutionService.AUDIT_TYPE, solutionId);
        }
        return solutions.reviews(solutionId);
    }

    private Solution locked(long solutionId) {
        Solution solution = solutions.find(solutionId).orElseThrow(() -> new NotFoundException(SolutionService.AUDIT_TYPE, solutionId));
        solutions.lock(solution);
        return solution;
    }

    private void changed(Solution solution, String action, String detail) {
        solutions.save(solution.working());
        audit.record(action, SolutionService.AUDIT_TYPE, solution.id(), detail);
        outbox.changed(IndexedType.SOLUTION, solution.id());
    }
}
