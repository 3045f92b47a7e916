package dk.healthmarket.web.ui.tender;

import dk.healthmarket.tender.Bid;
import dk.healthmarket.tender.BidService;
import dk.healthmarket.tender.ClarificationQuestion;
import dk.healthmarket.tender.ClarificationService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The supplier's workspace: its bids on every tender, with their receipts, and its questions. */
@Named
@ViewScoped
public class SupplierOverviewView implements Serializable {

    @Inject
    BidService bids;

    @Inject
    ClarificationService clarifications;

    public record MyBid(long tenderId, String tender, String status, Instant receivedAt, String sha256, Instant deadline) implements Serializable {
    }

    public record MyQuestion(long tenderId, String tender, String question, String answer) implements Serializable {
    }

    private List<MyBid> myBids;
    private List<MyQuestion> myQuestions;

    @PostConstruct
    void init() {
        myBids = bids.mine().stream().map(SupplierOverviewView::row).toList();
        myQuestions = clarifications.mine().stream().map(SupplierOverviewView::row).toList();
    }

    private static MyBid row(Bid b) {
        return new MyBid(b.tender().id(), b.tender().title(), b.status().name(), b.receivedAt(), b.receipt().sha256(), b.tender().deadlines().submission());
    }

    private static MyQuestion row(ClarificationQuestion q) {
        return new MyQuestion(q.tender().id(), q.tender().title(), q.question(), q.answer().orElse(null));
    }

    public List<MyBid> getMyBids() {
        return myBids;
    }

    public List<MyQuestion> getMyQuestions() {
        return myQuestions;
    }
}
