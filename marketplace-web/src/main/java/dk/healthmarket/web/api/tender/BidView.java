package dk.healthmarket.web.api.tender;

import dk.healthmarket.organisation.Cvr;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.tender.Bid;
import dk.healthmarket.tender.BidContent;
import dk.healthmarket.tender.BidStatus;
import dk.healthmarket.web.api.document.DocumentView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One bid submission as its reader sees it, with the receipt that covers it. */
public record BidView(long id, long tenderId, Supplier supplier, BidStatus status, Instant receivedAt, Long replacesBid,
        Instant withdrawnAt, List<Offer> offers, Map<String, String> responses, List<DocumentView> documents, List<Long> solutionIds,
        Receipt receipt) {

    public record Supplier(long id, String name, String cvr) {

        static Supplier of(Organisation company) {
            return new Supplier(company.id(), company.name(), company.cvr().map(Cvr::number).orElse(null));
        }
    }

    public record Offer(int lot, BigDecimal price, BigDecimal lifeCycleCost) {
    }

    /**
     * What proves the submission: when the server received it, the SHA-256 of its canonical
     * content, and that content, so the holder can recompute the digest with any SHA-256 tool.
     */
    public record Receipt(long tenderId, long bidId, Instant receivedAt, String sha256, String canonicalContent) {

        public static Receipt of(Bid bid) {
            return new Receipt(bid.tender().id(), bid.id(), bid.receivedAt(), bid.receipt().sha256(), bid.canonicalContent());
        }
    }

    public static BidView of(Bid bid) {
        BidContent content = bid.content();
        return new BidView(bid.id(), bid.tender().id(),
                Supplier.of(bid.supplier()),
                bid.status(), bid.receivedAt(), bid.replacesBid().orElse(null), bid.withdrawnAt().orElse(null),
                content.offers().stream().map(o -> new Offer(o.lot(), o.price(), o.lifeCycleCost())).toList(),
                content.responses(), bid.documents().stream().map(DocumentView::of).toList(), content.solutionIds(), Receipt.of(bid));
    }
}
