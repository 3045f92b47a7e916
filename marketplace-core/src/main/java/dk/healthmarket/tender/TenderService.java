package dk.healthmarket.tender;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.account.UserAccount;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.document.Document;
import dk.healthmarket.document.DocumentRepository;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchOutbox;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.shared.PermissionDeniedException;
import dk.healthmarket.shared.StaleVersionException;
import dk.healthmarket.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Joint tenders from draft to closing. Buyers of the lead buyer run their tender; the public reads
 * every tender but drafts, which stay with the lead buyer.
 */
@ApplicationScoped
@Transactional
public class TenderService {

    static final String AUDIT_TYPE = "Tender";

    @Inject
    TenderRepository tenders;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    DocumentRepository documents;

    @Inject
    AuditLog audit;

    @Inject
    SearchOutbox outbox;

    @Inject
    OpenData openData;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Config config;

    public Tender create(@Valid @NotNull TenderDraft draft) {
        caller.requireAnyRole(Role.BUYER);
        Organisation lead = accounts.current().organisation();
        Tender tender = tenders.add(new Tender(lead, draft, participants(draft, lead), clock.instant()));
        changed(tender, "tender.created", tender.title());
        return tender;
    }

    public Tender update(long id, long expectedVersion, @Valid @NotNull TenderDraft draft) {
        Tender tender = asLeadBuyer(id);
        if (tender.version() != expectedVersion) {
            throw new StaleVersionException(AUDIT_TYPE, id, expectedVersion, tender.version());
        }
        tender.edit(draft, participants(draft, tender.leadBuyer()));
        changed(tender, "tender.changed", tender.title());
        return tender;
    }

    /** A change to a published tender, kept as a numbered corrigendum with the buyer's public summary. */
    public Tender amend(long id, long expectedVersion, @NotBlank @Size(max = 4000) String summary, @Valid @NotNull TenderDraft draft) {
        Tender tender = asLeadBuyer(id);
        if (tender.version() != expectedVersion) {
            throw new StaleVersionException(AUDIT_TYPE, id, expectedVersion, tender.version());
        }
        Amendment amendment = tender.amend(draft, participants(draft, tender.leadBuyer()), summary, clock.instant(), amendmentNotice());
        changed(tender, "tender.amended", "amendment " + amendment.number() + ": " + amendment.summary());
        openData.release(tender, ReleaseTag.TENDER_AMENDMENT);
        return tender;
    }

    /** Adds an uploaded document to a draft (lead buyer); its bytes are checked and kept outside the application. */
    public Document addDocument(long id, String fileName, @NotNull InputStream content) {
        Tender tender = asLeadBuyer(id);
        tenders.lock(tender);
        if (tender.status() != TenderStatus.DRAFT) {
            throw new ConflictException(Text.of("document.onlyDraft", tender.status().name()));
        }
        Document document = documents.upload(fileName, content, accounts.current());
        tender.addDocument(document);
        changed(tender, "tender.documentAdded", document.fileName() + " (" + document.sha256() + ")");
        return document;
    }

    /** One of a tender's documents, to whoever may read the tender. */
    public Document document(long id, long documentId) {
        return get(id).documents().stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Document", documentId));
    }

    public Tender publish(long id) {
        Tender tender = asLeadBuyer(id);
        tender.publish(clock.instant(), minimumPeriod(tender.procedure()));
        changed(tender, "tender.published", "submission deadline " + tender.deadlines().submission());
        openData.release(tender, ReleaseTag.TENDER);
        return tender;
    }

    public Tender cancel(long id, @NotBlank @Size(max = 2000) String reason) {
        Tender tender = asLeadBuyer(id);
        tender.cancel(reason);
        changed(tender, "tender.cancelled", reason.strip());
        if (tender.publishedAt().isPresent()) {
            openData.release(tender, ReleaseTag.TENDER_CANCELLATION);
        }
        return tender;
    }

    /**
     * Closes the tender once its submission deadline has passed; closing it again changes nothing.
     * The row is locked first, so a buyer and the scheduled closing racing for it both succeed.
     */
    public Tender close(long id) {
        Tender tender = asLeadBuyer(id);
        tenders.lock(tender);
        if (tender.close(clock.instant())) {
            changed(tender, "tender.closed", "closed by " + caller.auditName());
            openData.release(tender, ReleaseTag.TENDER_UPDATE);
        }
        return tender;
    }

    /** The published tenders whose submission deadline has passed, for the scheduled closing (a short read of its own). */
    public List<Long> dueForClosing() {
        return tenders.dueForClosing(clock.instant());
    }

    /**
     * Closes one tender whose deadline has passed, in a transaction of its own that locks just its
     * row (then the audit chain, the same order a buyer's close takes): when several instances or a
     * buyer race for it, one closes and audits it, the others find it closed and answer false.
     */
    public boolean closeAtDeadline(long id) {
        return caller.asSystem(() -> {
            Tender tender = tenders.find(id).orElse(null);
            if (tender == null) {
                return false;
            }
            tenders.lock(tender);
            if (tender.status() != TenderStatus.PUBLISHED || tender.deadlines().acceptsBidsAt(clock.instant())) {
                return false;
            }
            tender.close(clock.instant());
            changed(tender, "tender.closed", "submission deadline " + tender.deadlines().submission() + " passed");
            openData.release(tender, ReleaseTag.TENDER_UPDATE);
            return true;
        });
    }

    /** One tender; a draft only for the buyers of its lead buyer (to anyone else it does not exist). */
    public Tender get(long id) {
        Tender tender = tenders.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (!tender.status().isPublic() && !isLeadBuyer(tender)) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        return tender;
    }

    public Page<Tender> listPublic(@NotNull TenderFilter filter, @NotNull PageRequest page) {
        return tenders.findPublic(filter, page);
    }

    /** The caller's organisation's own tenders, drafts included. */
    public Page<Tender> listMine(@NotNull PageRequest page) {
        caller.requireAnyRole(Role.BUYER);
        return tenders.findOfLeadBuyer(accounts.current().organisation().id(), page);
    }

    /** The tender, for a buyer of its lead buyer; anyone else gets 403, or 404 for a draft. */
    public Tender asLeadBuyer(long id) {
        caller.requireAnyRole(Role.BUYER);
        Tender tender = tenders.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (!isLeadBuyer(tender)) {
            if (!tender.status().isPublic()) {
                throw new NotFoundException(AUDIT_TYPE, id);
            }
            throw new PermissionDeniedException(Text.of("tender.notLeadBuyer"));
        }
        return tender;
    }

    /** Whether the caller is a buyer of the tender's lead buyer. */
    public boolean isLeadBuyer(Tender tender) {
        return caller.email().isPresent() && isLeadBuyer(tender, accounts.current());
    }

    /** Whether this account, the caller's, is a buyer of the tender's lead buyer. */
    public boolean isLeadBuyer(Tender tender, UserAccount reader) {
        return caller.hasRole(Role.BUYER) && reader.organisation().id().equals(tender.leadBuyer().id());
    }

    private List<TenderParticipant> participants(TenderDraft draft, Organisation lead) {
        List<TenderParticipant> participants = new ArrayList<>();
        List<FieldError> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < draft.participants().size(); i++) {
            var participation = draft.participants().get(i);
            String field = "participants[" + i + "].organisationId";
            Organisation organisation;
            try {
                organisation = organisations.get(participation.organisationId());
            } catch (NotFoundException unknown) {
                problems.add(new FieldError(field, unknown.text()));
                continue;
            }
            if (!organisation.type().isPublicBuyer()) {
                problems.add(new FieldError(field, Text.of("tender.participant.notPublicBuyer")));
            } else if (organisation.id().equals(lead.id())) {
                problems.add(new FieldError(field, Text.of("tender.participant.lead")));
            } else if (!seen.add(organisation.id())) {
                problems.add(new FieldError(field, Text.of("tender.participant.duplicate")));
            } else {
                participants.add(new TenderParticipant(organisation, participation.sharePercent()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return participants;
    }

    /** The procedure's minimum submission period, unless {@code marketplace.tender.minimum-days.<procedure>} says otherwise. */
    private Period minimumPeriod(Procedure procedure) {
        return config.getOptionalValue("marketplace.tender.minimum-days." + procedure.name().toLowerCase(Locale.ROOT), Integer.class)
                .map(Period::ofDays)
                .orElse(procedure.defaultMinimumPeriod());
    }

    /** How long before the deadline an amendment must leave suppliers: 6 days (Directive 2014/24, art. 47(3)) unless configured. */
    private Period amendmentNotice() {
        return Period.ofDays(config.getOptionalValue("marketplace.tender.amendment-notice-days", Integer.class).orElse(6));
    }

    private void changed(Tender tender, String action, String detail) {
        tenders.flush();
        audit.record(action, AUDIT_TYPE, tender.id(), detail);
        outbox.changed(IndexedType.TENDER, tender.id());
    }
}
