package dk.healthmarket.adoption;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchOutbox;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.DanishTime;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.shared.PermissionDeniedException;
import dk.healthmarket.shared.StaleVersionException;
import dk.healthmarket.shared.Text;
import dk.healthmarket.solution.Solution;
import dk.healthmarket.solution.SolutionRepository;
import dk.healthmarket.tender.TenderAwardReversed;
import dk.healthmarket.tender.TenderAwarded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who uses which approved solution: buyers record and advance their own organisation's adoptions,
 * reviewers verify them, and an award records planned adoptions for the tender's buyers. Adoptions
 * of approved solutions are public, as is how a solution has scaled.
 */
@ApplicationScoped
@Transactional
public class AdoptionService {

    static final String AUDIT_TYPE = "Adoption";

    @Inject
    AdoptionRepository adoptions;

    @Inject
    SolutionRepository solutions;

    @Inject
    OrganisationService organisations;

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Adoption> ofSolution(long solutionId) {
        approvedSolution(solutionId);
        return adoptions.ofSolution(solutionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Adoption get(long adoptionId) {
        return adoptions.find(adoptionId).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, adoptionId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Scaling scaling(long solutionId) {
        Solution solution = approvedSolution(solutionId);
        return Scaling.of(solutionId, solution.firstApprovedOn().orElseThrow(), adoptions.ofSolution(solutionId), organisations.regions(), today());
    }

    /** The adoption of the solution by the caller's own organisation, for a buyer; empty for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Adoption> ofCallersOrganisation(long solutionId) {
        if (!caller.hasRole(Role.BUYER) || caller.isSystem()) {
            return Optional.empty();
        }
        return adoptions.find(solutionId, accounts.current().organisation().id());
    }

    /** Records that the calling buyer's organisation uses the solution, from a stage on a day. */
    public Adoption record(long solutionId, @NotNull AdoptionStage stage, @NotNull LocalDate on, @NotNull AdoptionFigures figures) {
        caller.requireAnyRole(Role.BUYER);
        Organisation buyer = accounts.current().organisation();
        Solution solution = approvedSolution(solutionId);
        if (adoptions.find(solutionId, buyer.id()).isPresent()) {
            throw new ConflictException(Text.of("adoption.exists", buyer.name()));
        }
        Adoption adoption = new Adoption(solution, buyer, AdoptionSource.REPORTED, null, clock.instant());
        adoption.begin(stage, on, figures, caller.auditName(), clock.instant(), today());
        adoptions.add(adoption);
        changed(adoption, "adoption.recorded", stage + " from " + on);
        return adoption;
    }

    /**
     * Applies a change whole: a buyer of the adopting organisation moves the stage and changes the
     * figures; a reviewer verifies. Verifying in the same change as new content verifies the new content.
     */
    public Adoption change(long adoptionId, long expectedVersion, @NotNull AdoptionChange change) {
        if (!change.changesUse() && !Boolean.TRUE.equals(change.verified())) {
            throw new InvalidInputException("stage", Text.of("adoption.nothingToChange"));
        }
        Adoption adoption = locked(adoptionId, expectedVersion);
        if (change.changesUse()) {
            requireOwn(adoption);
        }
        if (Boolean.TRUE.equals(change.verified())) {
            caller.requireAnyRole(Role.REVIEWER);
        }
        if (change.figures() != null) {
            adoption.change(change.mergedWith(adoption.figures()));
            changed(adoption, "adoption.figuresChanged", adoption.figures().toString());
        }
        if (change.stage() != null) {
            AdoptionStage before = adoption.stage();
            adoption.moveTo(change.stage(), change.on(), change.reason(), caller.auditName(), clock.instant(), today());
            changed(adoption, "adoption.stageChanged", before + " to " + change.stage() + " on " + change.on()
                    + (change.reason() == null || change.reason().isBlank() ? "" : ": " + change.reason().strip()));
        }
        if (Boolean.TRUE.equals(change.verified())) {
            adoption.verify(caller.auditName(), clock.instant());
            changed(adoption, "adoption.verified", "stage " + adoption.stage());
        }
        if (change.changesUse()) {
            adoptions.save(adoption);
        }
        return adoption;
    }

    /** An award: each participating buyer plans to use each documented solution the winning bids offered. */
    void awarded(@Observes TenderAwarded award) {
        for (Long buyerId : award.buyerIds()) {
            Organisation buyer = organisations.get(buyerId);
            award.lots().stream().flatMap(lot -> lot.solutionIds().stream()).distinct()
                    .forEach(solutionId -> plan(award.tenderId(), buyer, solutionId));
        }
    }

    private void plan(long tenderId, Organisation buyer, long solutionId) {
        Solution solution = solutions.find(solutionId).orElse(null);
        if (solution == null || solution.firstApprovedOn().isEmpty() || adoptions.find(solutionId, buyer.id()).isPresent()) {
            return;
        }
        Adoption adoption = new Adoption(solution, buyer, AdoptionSource.TENDER_AWARD, tenderId, clock.instant());
        adoption.begin(AdoptionStage.PLANNED, today(), AdoptionFigures.UNKNOWN, caller.auditName(), clock.instant(), today());
        adoptions.add(adoption);
        changed(adoption, "adoption.planned", "awarded in tender " + tenderId);
    }

    /** A reversed award: the planned adoptions it created go, unless a buyer has taken them further. */
    void reversed(@Observes TenderAwardReversed reversal) {
        for (Adoption adoption : adoptions.fromTender(reversal.tenderId())) {
            if (adoption.history().size() == 1 && adoption.stage() == AdoptionStage.PLANNED) {
                audit.record("adoption.removed", AUDIT_TYPE, adoption.id(), "award of tender " + reversal.tenderId() + " reversed");
                outbox.changed(IndexedType.SOLUTION, adoption.solution().id());
                adoptions.remove(adoption);
            }
        }
    }

    private Solution approvedSolution(long solutionId) {
        return solutions.find(solutionId).filter(s -> s.firstApprovedOn().isPresent())
                .orElseThrow(() -> new NotFoundException("Solution", solutionId));
    }

    private void requireOwn(Adoption adoption) {
        caller.requireAnyRole(Role.BUYER);
        if (!adoption.organisation().id().equals(accounts.current().organisation().id())) {
            throw new PermissionDeniedException(Text.of("adoption.notYours"));
        }
    }

    private Adoption locked(long adoptionId, long expectedVersion) {
        Adoption adoption = get(adoptionId);
        adoptions.lock(adoption);
        if (adoption.version() != expectedVersion) {
            throw new StaleVersionException(AUDIT_TYPE, adoptionId, expectedVersion, adoption.version());
        }
        return adoption;
    }

    private void changed(Adoption adoption, String action, String detail) {
        audit.record(action, AUDIT_TYPE, adoption.id(), detail);
        outbox.changed(IndexedType.SOLUTION, adoption.solution().id());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
    }
}
