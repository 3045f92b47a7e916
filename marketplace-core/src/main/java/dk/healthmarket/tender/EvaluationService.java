package dk.healthmarket.tender;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchOutbox;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.PermissionDeniedException;
import dk.healthmarket.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * Evaluation and award, by the buyers of the lead buyer once the bids are opened: scores and
 * exclusions, the ranking per lot, the award with its standstill period, its reversal during
 * standstill, and the conclusion of the contract after it.
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

    @Inject
    TenderService tenderService;

    @Inject
    TenderRepository tenders;

    @Inject
    BidRepository bids;

    @Inject
    AwardRepository awards;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    SearchOutbox outbox;

    @Inject
    SealedBidLog sealedLog;

    @Inject
    OpenData openData;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Config config;

    @Inject
    Event<TenderAwarded> awarded;

    @Inject
    Event<TenderAwardReversed> reversed;

    /** Records the lead buyer's scores and exclusions for the bids named; an exclusion needs its reason. */
    public EvaluationReport assess(long tenderId, @NotNull List<@NotNull @Valid BidAssessment> assessments) {
        Tender tender = lockedAsLeadBuyer(tenderId);
        tender.requireUnderEvaluation();
        Map<Long, Bid> counting = new HashMap<>();
        bids.counting(tenderId).forEach(b -> counting.put(b.id(), b));
        List<String> qualitative = tender.awardCriteria().criteria().stream().filter(c -> !c.kind().isAmount()).map(AwardCriterion::name).toList();
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            BidAssessment assessment = assessments.get(i);
            if (!counting.containsKey(assessment.bidId())) {
                problems.add(new FieldError("bids[" + i + "].bidId", Text.of("evaluation.bid.unknown", assessment.bidId())));
            }
            String field = "bids[" + i + "].scores.";
            assessment.scores().keySet().stream().filter(name -> !qualitative.contains(name)).sorted()
                    .forEach(name -> problems.add(new FieldError(field + name, Text.of("evaluation.criterion.notScored"))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (BidAssessment assessment : assessments) {
            counting.get(assessment.bidId()).assess(assessment.scores(), assessment.excludedReason());
        }
        bids.flush();
        audit.record("tender.evaluated", TenderService.AUDIT_TYPE, tenderId, assessments.size() + " bids assessed");
        return report(tender, Optional.empty());
    }

    /** The evaluation as the caller may see it; see {@link EvaluationReport}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationReport report(long tenderId) {
        Tender tender = tenderService.get(tenderId);
        caller.requireLoggedIn();
        if (tenderService.isLeadBuyer(tender)) {
            if (!tender.bidsOpened()) {
                sealedLog.refused(tenderId, "evaluation, before the bids were opened");
                throw new PermissionDeniedException(Text.of("bid.sealed.notOpened", tender.status().name()));
            }
            return report(tender, Optional.empty());
        }
        if (!caller.hasRole(Role.SUPPLIER)) {
            sealedLog.refused(tenderId, "evaluation, not a buyer of the lead buyer or a bidder");
            throw new PermissionDeniedException(Text.of("evaluation.notYours"));
        }
        long supplier = accounts.current().organisation().id();
        if (tender.status() != TenderStatus.AWARDED && tender.status() != TenderStatus.CONCLUDED) {
            sealedLog.refused(tenderId, "evaluation, before the award");
            throw new PermissionDeniedException(Text.of("evaluation.notAwardedYet", tender.status().name()));
        }
        return report(tender, Optional.of(supplier));
    }

    /**
     * Awards every lot to its best-ranked bid, for the reasons given; a lot without an eligible bid
     * is recorded as not awarded. Every lot with bids must be ranked, and at least one lot won.
     * The standstill period ({@code marketplace.tender.standstill-days}, 10 calendar days) starts now.
     */
    public Tender award(long tenderId, @NotBlank @Size(max = 4000) String reason) {
        Tender tender = lockedAsLeadBuyer(tenderId);
        tender.requireUnderEvaluation();
        List<LotRanking> rankings = Evaluation.rank(tender, bids.counting(tenderId));
        rankings.stream().filter(r -> !r.complete()).findFirst().ifPresent(r -> {
            throw new ConflictException(Text.of("award.lotNotRanked", r.lot()));
        });
        if (rankings.stream().allMatch(r -> r.winner().isEmpty())) {
            throw new ConflictException(Text.of("award.nothingToAward"));
        }
        Instant now = clock.instant();
        List<TenderAwarded.AwardedLot> won = new ArrayList<>();
        for (LotRanking ranking : rankings) {
            Bid winner = ranking.winner().map(LotRanking.Entry::bid).orElse(null);
            awards.add(new TenderAward(tender, ranking.lot(), winner, reason.strip(), now));
            if (winner != null) {
                won.add(new TenderAwarded.AwardedLot(ranking.lot(), winner.id(), winner.supplier().id(), winner.content().solutionIds()));
            }
        }
        tender.award(now, now.atOffset(ZoneOffset.UTC).plus(standstill()).toInstant());
        changed(tender, "tender.awarded", won.size() + " of " + rankings.size() + " lots awarded; standstill until " + tender.standstillEndsAt().orElseThrow());
        openData.release(tender, ReleaseTag.AWARD);
        awarded.fire(new TenderAwarded(tenderId, buyers(tender), won));
        return tender;
    }

    /** Reverses the award during the standstill period, with a public reason; the tender is evaluated again. */
    public Tender reverseAward(long tenderId, @NotBlank @Size(max = 4000) String reason) {
        Tender tender = lockedAsLeadBuyer(tenderId);
        Instant now = clock.instant();
        tender.reverseAward(now);
        awards.ofTender(tenderId).stream().filter(TenderAward::stands).forEach(a -> a.reverse(reason.strip(), now));
        changed(tender, "tender.awardReversed", reason.strip());
        openData.release(tender, ReleaseTag.AWARD_UPDATE);
        reversed.fire(new TenderAwardReversed(tenderId, reason.strip()));
        return tender;
    }

    /** Marks the contract concluded once the standstill period is over. */
    public Tender conclude(long tenderId) {
        Tender tender = lockedAsLeadBuyer(tenderId);
        tender.conclude(clock.instant());
        changed(tender, "tender.concluded", "contract concluded");
        openData.release(tender, ReleaseTag.CONTRACT);
        return tender;
    }

    /** The award decisions on a tender, reversed ones included: public once made. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TenderAward> awards(long tenderId) {
        tenderService.get(tenderId);
        return awards.ofTender(tenderId);
    }

    private EvaluationReport report(Tender tender, Optional<Long> supplier) {
        List<LotRanking> rankings = Evaluation.rank(tender, bids.counting(tender.id()));
        if (supplier.isPresent()) {
            rankings = rankings.stream()
                    .filter(r -> r.entries().stream().anyMatch(e -> e.bid().supplier().id().equals(supplier.get())))
                    .map(r -> new LotRanking(r.lot(), r.complete(), r.entries().stream()
                            .filter(e -> e.wins() || e.bid().supplier().id().equals(supplier.get())).toList()))
                    .toList();
        }
        return new EvaluationReport(tender, rankings, awards.ofTender(tender.id()), supplier);
    }

    private Tender lockedAsLeadBuyer(long tenderId) {
        Tender tender = tenderService.asLeadBuyer(tenderId);
        tenders.lock(tender);
        return tender;
    }

    private Period standstill() {
        return Period.ofDays(config.getOptionalValue("marketplace.tender.standstill-days", Integer.class).orElse(10));
    }

    private static List<Long> buyers(Tender tender) {
        return Stream.concat(Stream.of(tender.leadBuyer().id()), tender.participants().stream().map(p -> p.organisation().id())).toList();
    }

    private void changed(Tender tender, String action, String detail) {
        tenders.flush();
        audit.record(action, TenderService.AUDIT_TYPE, tender.id(), detail);
        outbox.changed(IndexedType.TENDER, tender.id());
    }
}
