package dk.healthmarket.organisation;

import dk.healthmarket.shared.Text;
import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchOutbox;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.InvalidInputException;
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
import java.util.List;

/** Organisations and regions: read by anyone, created and changed by administrators. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    static final String AUDIT_TYPE = "Organisation";

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditLog audit;

    @Inject
    SearchOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public List<Region> regions() {
        return organisations.regions();
    }

    public Organisation get(long id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    public Page<Organisation> list(@NotNull OrganisationFilter filter, @NotNull PageRequest page) {
        return organisations.find(filter, page);
    }

    public Organisation create(@Valid @NotNull OrganisationDraft draft) {
        caller.requireAnyRole(Role.ADMIN);
        return add(draft);
    }

    /** A company joins the marketplace on its own; anyone may start that (see the registration service). */
    public Organisation registerCompany(@NotNull String name, @NotNull String cvr) {
        return add(new OrganisationDraft(name, OrganisationType.COMPANY, null, cvr));
    }

    private Organisation add(OrganisationDraft draft) {
        Cvr cvr = cvrOf(draft);
        refuseDuplicate(draft, cvr, null);
        var organisation = organisations.add(new Organisation(draft.name(), draft.type(), regionOf(draft), cvr, clock.instant()));
        audit.record("organisation.created", AUDIT_TYPE, organisation.id(), organisation.type() + " " + organisation.name());
        outbox.changed(IndexedType.ORGANISATION, organisation.id());
        return organisation;
    }

    public Organisation update(long id, long expectedVersion, @Valid @NotNull OrganisationDraft draft) {
        caller.requireAnyRole(Role.ADMIN);
        Organisation organisation = get(id);
        if (organisation.version() != expectedVersion) {
            throw new StaleVersionException("Organisation", id, expectedVersion, organisation.version());
        }
        Cvr cvr = cvrOf(draft);
        refuseDuplicate(draft, cvr, id);
        organisation.change(draft.name(), draft.type(), regionOf(draft), cvr);
        audit.record("organisation.changed", AUDIT_TYPE, id, organisation.type() + " " + organisation.name());
        outbox.changed(IndexedType.ORGANISATION, id);
        organisations.flush();
        return organisation;
    }

    private void refuseDuplicate(OrganisationDraft draft, Cvr cvr, Long self) {
        if (cvr != null && organisations.findByCvr(cvr).filter(o -> !o.id().equals(self)).isPresent()) {
            throw new ConflictException("cvr", Text.of("organisation.duplicateCvr", cvr.number()));
        }
        if (organisations.findByTypeAndName(draft.type(), draft.name().strip()).filter(o -> !o.id().equals(self)).isPresent()) {
            throw new ConflictException("name", Text.of("organisation.duplicateName", draft.name().strip()));
        }
    }

    private Region regionOf(OrganisationDraft draft) {
        if (draft.regionCode() == null || draft.regionCode().isBlank()) {
            return null;
        }
        return organisations.region(draft.regionCode())
                .orElseThrow(() -> new InvalidInputException("regionCode", Text.of("organisation.unknownRegion", draft.regionCode())));
    }

    private static Cvr cvrOf(OrganisationDraft draft) {
        return draft.cvr() == null || draft.cvr().isBlank() ? null : Cvr.of(draft.cvr());
    }
}
