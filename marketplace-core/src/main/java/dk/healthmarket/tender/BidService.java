package dk.healthmarket.tender;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.account.UserAccount;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.document.Document;
import dk.healthmarket.document.DocumentRepository;
import dk.healthmarket.shared.AuthenticationRequiredException;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.shared.PermissionDeniedException;
import dk.healthmarket.shared.Text;
import dk.healthmarket.solution.SolutionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sealed bids (Directive 2014/24, Annex IV). Until the lead buyer opens them after the deadline,
 * nobody but a bid's own supplier reads any part of it; every refused attempt is logged. The audit
 * entries of submissions do not name the bidder, so the log does not unseal them either.
 */
@ApplicationScoped
@Transactional
public class BidService {

    static final String AUDIT_TYPE = "Bid";
    /** The actor the audit log shows for a bid's own events: who bid stays in the sealed bid. */
    static final String SEALED_BIDDER = "sealed bidder";

    @Inject
    TenderService tenderService;

    @Inject
    TenderRepository tenders;

    @Inject
    BidRepository bids;

    @Inject
    AccountService accounts;

    @Inject
    DocumentRepository documents;

    @Inject
    SolutionRepository solutions;

    @Inject
    AuditLog audit;

    @Inject
    SealedBidLog sealedLog;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Submits the supplier's bid, received now by the server's clock; a bid it submitted before
     * stops counting and is kept. The tender's row is locked first, as closing it does, so a bid
     * and the closing never pass each other.
     */
    public Bid submit(long tenderId, @Valid @NotNull BidSubmission submission) {
        Instant receivedAt = receivedNow();
        caller.requireAnyRole(Role.SUPPLIER);
        UserAccount supplier = accounts.current();
        Tender tender = tenderService.get(tenderId);
        tenders.lock(tender);
        tender.requireAcceptsBidsReceivedAt(receivedAt);
        var problems = submission.problemsFor(tender);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var earlier = bids.counting(tenderId, supplier.organisation().id());
        earlier.ifPresent(bid -> {
            bid.replace();
            bids.flush();
        });
        requireOwnApprovedSolutions(submission.solutionIds(), supplier);
        String cvr = supplier.organisation().cvr().orElseThrow().number();
        List<Document> attached = ownDocuments(submission.documentIds(), supplier);
        BidContent content = submission.content(tenderId, cvr, attached.stream().map(Document::sha256).toList());
        Bid bid = bids.add(new Bid(tender, supplier, content, attached, receivedAt, earlier.orElse(null)));
        audit.record(SEALED_BIDDER, earlier.isPresent() ? "bid.replaced" : "bid.submitted", AUDIT_TYPE, bid.id(),
                "tender " + tenderId + ", received " + receivedAt);
        return bid;
    }

    /**
     * Keeps a document for the supplier's bid on the tender, while the tender takes bids. It is
     * sealed like the bid: only the supplier's organisation can attach it or read it until opening.
     */
    public Document uploadDocument(long tenderId, String fileName, @NotNull InputStream content) {
        Instant receivedAt = receivedNow();
        caller.requireAnyRole(Role.SUPPLIER);
        tenderService.get(tenderId).requireAcceptsBidsReceivedAt(receivedAt);
        Document document = documents.upload(fileName, content, accounts.current());
        audit.record(SEALED_BIDDER, "bid.documentUploaded", "Document", document.id(), "tender " + tenderId);
        return document;
    }

    /** A document of a bid, to whoever may read the bid; see {@link #get}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Document document(long tenderId, long bidId, long documentId) {
        return get(tenderId, bidId).documents().stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Document", documentId));
    }

    /** Withdraws the supplier's counting bid before the deadline; the submission itself is kept. */
    public Bid withdraw(long tenderId, long bidId) {
        Instant receivedAt = receivedNow();
        caller.requireAnyRole(Role.SUPPLIER);
        Tender tender = tenderService.get(tenderId);
        tenders.lock(tender);
        Bid bid = ownBid(tenderId, bidId);
        tender.requireAcceptsBidsReceivedAt(receivedAt);
        bid.withdraw(receivedAt);
        audit.record(SEALED_BIDDER, "bid.withdrawn", AUDIT_TYPE, bid.id(), "tender " + tenderId + ", received " + receivedAt);
        return bid;
    }

    /**
     * The bids the caller may read on a tender: a supplier its own submissions, every one of them;
     * a buyer of the lead buyer the bids that count, once opened. Anyone else is refused, and logged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Bid> readable(long tenderId) {
        Tender tender = tenderService.get(tenderId);
        if (caller.hasRole(Role.SUPPLIER)) {
            return bids.ofSupplier(tenderId, accounts.current().organisation().id());
        }
        requireOpenedForLeadBuyer(tender, "all bids");
        return bids.counting(tenderId);
    }

    /** Every submission of the caller's company, on every tender, newest first (suppliers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Bid> mine() {
        caller.requireAnyRole(Role.SUPPLIER);
        return bids.ofSupplier(accounts.current().organisation().id());
    }

    /** One bid: for its supplier always, for the lead buyer once opened and only if it counts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Bid get(long tenderId, long bidId) {
        Tender tender = tenderService.get(tenderId);
        if (caller.hasRole(Role.SUPPLIER)) {
            return ownBid(tenderId, bidId);
        }
        requireOpenedForLeadBuyer(tender, "bid " + bidId);
        return bids.find(bidId).filter(b -> b.tender().id().equals(tenderId) && b.counts())
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, bidId));
    }

    /** How many bids count: all a buyer may know before opening, and only the lead buyer's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long received(long tenderId) {
        tenderService.asLeadBuyer(tenderId);
        return bids.countCounting(tenderId);
    }

    /** Opens the bids of a closed tender for evaluation (lead buyer); logged with how many there are. */
    public Tender open(long tenderId) {
        Tender tender = tenderService.asLeadBuyer(tenderId);
        tenders.lock(tender);
        tender.open(clock.instant());
        tenders.flush();
        audit.record("tender.bidsOpened", TenderService.AUDIT_TYPE, tenderId, bids.countCounting(tenderId) + " bids opened");
        return tender;
    }

    /**
     * Whether a receipt matches the bid as stored: the content still hashes to the digest given.
     * Anyone holding a receipt may ask once the bids are opened; before that, only its supplier.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean matches(long tenderId, long bidId, @NotNull Instant receivedAt, @NotBlank String sha256) {
        Tender tender = tenderService.get(tenderId);
        Bid bid = tender.bidsOpened() ? bids.find(bidId).filter(b -> b.tender().id().equals(tenderId))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, bidId)) : get(tenderId, bidId);
        return bid.isIntact() && bid.receipt().equals(new BidReceipt(tenderId, receivedAt, sha256.strip().toLowerCase(Locale.ROOT)));
    }

    /** The time of receipt, to the microsecond the database keeps, so a receipt and the stored bid agree exactly. */
    private Instant receivedNow() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The documents a bid attaches: each must have been uploaded by the supplier's own organisation. */
    private List<Document> ownDocuments(List<Long> ids, UserAccount supplier) {
        List<FieldError> problems = new ArrayList<>();
        List<Document> attached = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            var document = documents.find(ids.get(i)).filter(d -> d.isOf(supplier.organisation()));
            if (document.isEmpty()) {
                problems.add(new FieldError("documentIds[" + i + "]", Text.of("notFound", Text.of("object.Document"), String.valueOf(ids.get(i)))));
            } else if (attached.contains(document.get())) {
                problems.add(new FieldError("documentIds[" + i + "]", Text.of("bid.document.duplicate")));
            } else {
                attached.add(document.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return attached;
    }

    private Bid ownBid(long tenderId, long bidId) {
        caller.requireAnyRole(Role.SUPPLIER);
        var supplier = accounts.current().organisation();
        return bids.find(bidId).filter(b -> b.tender().id().equals(tenderId) && b.isOf(supplier)).orElseThrow(() -> {
            sealedLog.refused(tenderId, "bid " + bidId + " of another supplier, or none");
            return new NotFoundException(AUDIT_TYPE, bidId);
        });
    }

    private void requireOpenedForLeadBuyer(Tender tender, String attempt) {
        if (caller.email().isEmpty()) {
            sealedLog.refused(tender.id(), attempt + ", not logged in");
            throw new AuthenticationRequiredException();
        }
        if (!tenderService.isLeadBuyer(tender)) {
            sealedLog.refused(tender.id(), attempt + ", not a buyer of the lead buyer");
            throw new PermissionDeniedException(Text.of("bid.sealed.notLeadBuyer"));
        }
        if (!tender.bidsOpened()) {
            sealedLog.refused(tender.id(), attempt + ", before the bids were opened");
            throw new PermissionDeniedException(Text.of("bid.sealed.notOpened", tender.status().name()));
        }
    }

    /** A bid offers only solutions of the bidder's own company that the centre has approved. */
    private void requireOwnApprovedSolutions(List<Long> solutionIds, UserAccount supplier) {
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < solutionIds.size(); i++) {
            boolean offerable = solutions.find(solutionIds.get(i))
                    .filter(s -> s.firstApprovedOn().isPresent() && s.belongsTo(supplier.organisation())).isPresent();
            if (!offerable) {
                problems.add(new FieldError("solutionIds[" + i + "]", Text.of("bid.solution.notOffered", solutionIds.get(i))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
