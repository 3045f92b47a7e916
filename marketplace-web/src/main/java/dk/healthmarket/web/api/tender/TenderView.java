package dk.healthmarket.web.api.tender;

import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.Region;
import dk.healthmarket.tender.AwardCriterion;
import dk.healthmarket.tender.Procedure;
import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.SolutionCategory;
import dk.healthmarket.web.api.document.DocumentView;
import dk.healthmarket.tender.Tender;
import dk.healthmarket.tender.TenderAward;
import dk.healthmarket.tender.TenderLot;
import dk.healthmarket.tender.TenderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** One tender as the API shows it. */
public record TenderView(long id, long version, String title, String description, Buyer leadBuyer, Procedure procedure,
        BigDecimal estimatedValue, TenderStatus status, String mainCpv, List<String> additionalCpv, List<Participant> participants,
        List<Lot> lots, List<AwardCriterion> criteria, Instant clarificationDeadline, Instant submissionDeadline,
        Instant expectedAwardDate, String cancellationReason, Instant createdAt, Instant publishedAt, Instant closedAt,
        Instant openedAt, Instant awardedAt, Instant standstillEndsAt, Instant concludedAt, List<Amendment> amendments,
        List<AwardNotice> awards, List<DocumentView> documents, Set<SolutionCategory> categories,
        Set<PopulationSegment> populationSegments) {

    /**
     * The public notice of a decision on one lot: the winner and its price, or no winner; the
     * reasons; and, if it was reversed during the standstill period, when and why.
     */
    public record AwardNotice(int lot, BidView.Supplier winner, BigDecimal price, String reason, Instant awardedAt,
            Instant reversedAt, String reversalReason) {

        static AwardNotice of(TenderAward award) {
            var bid = award.bid();
            return new AwardNotice(award.lot(), bid.map(b -> BidView.Supplier.of(b.supplier())).orElse(null),
                    award.price().orElse(null),
                    award.reason(), award.awardedAt(), award.reversedAt().orElse(null), award.reversalReason().orElse(null));
        }
    }

    public record Amendment(int number, String summary, Instant madeAt) {
    }

    public record Buyer(long id, String name, String regionCode) {

        static Buyer of(Organisation o) {
            return new Buyer(o.id(), o.name(), o.region().map(Region::code).orElse(null));
        }
    }

    public record Participant(Buyer buyer, BigDecimal sharePercent) {
    }

    public record Lot(int number, String title, String description, BigDecimal estimatedValue) {

        static Lot of(TenderLot lot) {
            return new Lot(lot.number(), lot.title(), lot.description(), lot.estimatedValue());
        }
    }

    /** A tender before any award decision. */
    public static TenderView of(Tender t) {
        return of(t, List.of());
    }

    public static TenderView of(Tender t, List<TenderAward> awards) {
        var deadlines = t.deadlines();
        return new TenderView(t.id(), t.version(), t.title(), t.description(), Buyer.of(t.leadBuyer()), t.procedure(),
                t.estimatedValue().orElse(null), t.status(), t.mainCpv(), t.additionalCpv(),
                t.participants().stream().map(p -> new Participant(Buyer.of(p.organisation()), p.sharePercent())).toList(),
                t.lots().stream().map(Lot::of).toList(), t.awardCriteria().criteria(),
                deadlines.clarification(), deadlines.submission(), deadlines.expectedAward(),
                t.cancellationReason().orElse(null), t.createdAt(), t.publishedAt().orElse(null), t.closedAt().orElse(null),
                t.openedAt().orElse(null), t.awardedAt().orElse(null), t.standstillEndsAt().orElse(null), t.concludedAt().orElse(null),
                t.amendments().stream().map(a -> new Amendment(a.number(), a.summary(), a.madeAt())).toList(),
                awards.stream().map(AwardNotice::of).toList(), t.documents().stream().map(DocumentView::of).toList(),
                t.categories(), t.populationSegments());
    }
}
