package dk.healthmarket.solution;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.audit.AuditEntry;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.document.Document;
import dk.healthmarket.document.DocumentRepository;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchOutbox;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.DanishTime;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.shared.StaleVersionException;
import dk.healthmarket.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
    DocumentRepository documents;

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
        if (solution.holds(draft)) {
            return solution; // saving an unchanged step (the wizard does) records nothing
        }
        solutions.save(solution.edit(draft, clock.instant()));
        changed(solution, "solution.changed", "revision " + solution.working().number());
        return solution;
    }

    /** Submits the working revision for review; an incomplete one is refused with every gap, per domain. */
    public Solution submit(long id) {
        Solution solution = own(id);
        solution.submit(today(), clock.instant());
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

    /** Adds a document to one domain of the working revision (its company, while it holds the revision). */
    public SolutionAttachment attach(long id, @NotNull AssessmentDomain domain, String fileName, @NotNull InputStream content) {
        Solution solution = own(id);
        // refused before the upload is stored, so a refused attachment leaves no file behind
        if (!solution.working().status().isEditable()) {
            throw new ConflictException(Text.of("solution.attachments.notEditable", solution.working().status().name()));
        }
        Document document = documents.upload(fileName, content, accounts.current());
        SolutionAttachment attachment = solution.attach(domain, document, clock.instant());
        changed(solution, "solution.attachmentAdded", domain + ": " + document.fileName() + " (" + document.sha256() + ")");
        return attachment;
    }

    public Solution detach(long id, long attachmentId) {
        Solution solution = own(id);
        SolutionAttachment attachment = solution.working().attachments().stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        solution.detach(attachment, clock.instant());
        changed(solution, "solution.attachmentRemoved", attachment.domain() + ": " + attachment.document().fileName());
        return solution;
    }

    /** One attachment of a revision the caller may read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SolutionAttachment attachment(long id, long attachmentId) {
        return revisions(id).stream().flatMap(r -> r.attachments().stream()).filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    }

    /**
     * The revisions the caller may read, oldest first: all of them for the company, all but drafts
     * for reviewers, the approved one for everyone else.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SolutionRevision> revisions(long id) {
        Solution solution = solutions.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        List<SolutionRevision> visible = solutions.revisions(id).stream().filter(r -> mayRead(solution, r)).toList();
        if (visible.isEmpty()) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        return visible;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SolutionRevision revision(long id, int number) {
        return revisions(id).stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Revision", number));
    }

    /** What changed in a revision since the one before it; the first revision has nothing before it to compare with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevisionChanges.Change> changes(long id, int number) {
        SolutionRevision revision = revision(id, number);
        if (number == 1) {
            throw new ConflictException(Text.of("solution.firstRevision"));
        }
        return RevisionChanges.between(revision(id, number - 1), revision);
    }

    /** Everything that happened to a solution, from the audit log: for its company and reviewers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> history(long id, @NotNull PageRequest page) {
        caller.requireLoggedIn();
        Solution solution = solutions.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (!isCompany(solution) && !caller.hasRole(Role.REVIEWER)) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        return audit.ofObject(AUDIT_TYPE, id, page);
    }

    /** Approved solutions with a certificate that has expired: due for review again (reviewers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Solution> dueForReReview(@NotNull PageRequest page) {
        caller.requireAnyRole(Role.REVIEWER);
        return solutions.withExpiredCertificates(today(), page);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
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
        return isCompany(solution) || caller.hasRole(Role.REVIEWER) && solution.working().status() != SolutionStatus.DRAFT;
    }

    private boolean mayRead(Solution solution, SolutionRevision revision) {
        return solution.approved().filter(approved -> approved.id().equals(revision.id())).isPresent() || isCompany(solution)
                || caller.hasRole(Role.REVIEWER) && revision.status() != SolutionStatus.DRAFT;
    }

    /** Whether the caller is a supplier of the solution's company. */
    private boolean isCompany(Solution solution) {
        return caller.email().isPresent() && caller.hasRole(Role.SUPPLIER) && solution.belongsTo(accounts.current().organisation());
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
