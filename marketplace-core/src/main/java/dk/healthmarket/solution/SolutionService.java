package dk.healthmarket.solution;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchOutbox;
import dk.healthmarket.shared.DanishTime;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.shared.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Companies' solutions from draft to submission. A company works on its own solutions; the public
 * sees only approved revisions; reviewers see every submitted one.
 */
@ApplicationScoped
@Transactional
public class SolutionService {

    static final String AUDIT_TYPE = "Solution";

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

    public Solution create(@Valid @NotNull SolutionDraft draft) {
        caller.requireAnyRole(Role.SUPPLIER);
        Solution solution = solutions.add(new Solution(accounts.current().organisation(), clock.instant()), draft, clock.instant());
        changed(solution, "solution.created", draft.name());
        return solution;
    }

    /** Changes the content: in place while the company holds the revision, as a new revision after a decision. */
    public Solution update(long id, long expectedVersion, @Valid @NotNull SolutionDraft draft) {
        Solution solution = own(id);
        if (solution.version() != expectedVersion) {
            throw new StaleVersionException(AUDIT_TYPE, id, expectedVersion, solution.version());
        }
        solutions.save(solution.edit(draft, clock.instant()));
        changed(solution, "solution.changed", "revision " + solution.working().number());
        return solution;
    }

    /** Submits the working revision for review; an incomplete one is refused with every gap, per domain. */
    public Solution submit(long id) {
        Solution solution = own(id);
        solution.submit(LocalDate.ofInstant(clock.instant(), DanishTime.ZONE), clock.instant());
        changed(solution, "solution.submitted", "revision " + solution.working().number());
        return solution;
    }

    public Solution withdraw(long id) {
        Solution solution = own(id);
        solution.withdraw(clock.instant());
        changed(solution, "solution.withdrawn", "revision " + solution.working().number());
        return solution;
    }

    /**
     * One solution as the caller may see it: its company and reviewers see the working revision;
     * everyone else only an approved revision, and a solution without one does not exist for them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SolutionReading get(long id) {
        Solution solution = solutions.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (seesWorkingRevision(solution)) {
            return new SolutionReading(solution, Optional.of(solution.working()));
        }
        if (solution.approved().isEmpty()) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        return new SolutionReading(solution, Optional.empty());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Solution> catalogue(@NotNull SolutionFilter filter, @NotNull PageRequest page) {
        return solutions.approved(filter, page);
    }

    /** The caller's company's solutions, whatever their state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Solution> mine(@NotNull PageRequest page) {
        caller.requireAnyRole(Role.SUPPLIER);
        return solutions.ofCompany(accounts.current().organisation().id(), page);
    }

    private boolean seesWorkingRevision(Solution solution) {
        if (caller.email().isEmpty()) {
            return false;
        }
        return caller.hasRole(Role.REVIEWER) && solution.working().status() != SolutionStatus.DRAFT
                || caller.hasRole(Role.SUPPLIER) && solution.belongsTo(accounts.current().organisation());
    }

    /** The solution, for a supplier of its company; to anyone else it does not exist. */
    private Solution own(long id) {
        caller.requireAnyRole(Role.SUPPLIER);
        Solution solution = solutions.find(id)
                .filter(s -> s.belongsTo(accounts.current().organisation()))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        solutions.lock(solution);
        return solution;
    }

    private void changed(Solution solution, String action, String detail) {
        solutions.save(solution.working());
        audit.record(action, AUDIT_TYPE, solution.id(), detail);
        outbox.changed(IndexedType.SOLUTION, solution.id());
    }
}
