package dk.healthmarket.web.ui.tender;

import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.solution.SolutionService;
import dk.healthmarket.tender.AwardCriterion;
import dk.healthmarket.tender.BidService;
import dk.healthmarket.tender.BidSubmission;
import dk.healthmarket.tender.CriterionKind;
import dk.healthmarket.tender.Tender;
import dk.healthmarket.tender.TenderService;
import dk.healthmarket.web.api.document.DocumentView;
import dk.healthmarket.web.api.tender.BidView;
import dk.healthmarket.web.api.tender.TenderView;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The supplier's bid on one tender: a price per lot it bids on, a response per qualitative
 * criterion, documents; submit or replace until the deadline (counted down on the page), withdraw,
 * and every submission with its receipt.
 */
@Named
@ViewScoped
public class SupplierBidView implements Serializable {

    private static final Jsonb RECEIPT_JSON = JsonbBuilder.create();

    @Inject
    TenderService tenders;

    @Inject
    BidService bids;

    @Inject
    Clock clock;

    @Inject
    SolutionService solutions;

    private Long tenderId;
    private boolean openForBids;
    private TenderView tender;
    private List<BidView> submissions = List.of();
    private final Map<Integer, BigDecimal> prices = new HashMap<>();
    private final Map<Integer, BigDecimal> lifeCycleCosts = new HashMap<>();
    private final Map<String, String> responses = new LinkedHashMap<>();
    private final List<DocumentView> attached = new ArrayList<>();
    private List<Long> offered = new ArrayList<>();

    public void load() {
        tender = null;
        if (tenderId == null) {
            return;
        }
        UiErrors.attempt(() -> {
            Tender found = tenders.get(tenderId);
            tender = TenderView.of(found);
            openForBids = found.takesBidsAt(clock.instant());
            submissions = bids.readable(tenderId).stream().map(BidView::of).toList();
            qualitative().forEach(c -> responses.putIfAbsent(c.name(), null));
            submissions.stream().filter(b -> b.status().name().equals("SUBMITTED")).findFirst().ifPresent(this::startFrom);
        }, Map.of());
    }

    public void submit() {
        List<BidSubmission.Offer> offers = tender.lots().stream().filter(l -> prices.get(l.number()) != null)
                .map(l -> new BidSubmission.Offer(l.number(), prices.get(l.number()), lifeCycleCosts.get(l.number()))).toList();
        Map<String, String> given = new HashMap<>();
        responses.forEach((criterion, text) -> {
            if (text != null && !text.isBlank()) {
                given.put(criterion, text);
            }
        });
        var submission = new BidSubmission(offers, given, attached.stream().map(DocumentView::id).toList(), List.copyOf(offered));
        if (UiErrors.attempt(() -> bids.submit(tenderId, submission), Map.of("offers", "bid:lots"))) {
            UiErrors.info(UiErrors.text("supplier.submitted"));
            reload();
        }
    }

    public void withdraw(long bidId) {
        if (UiErrors.attempt(() -> bids.withdraw(tenderId, bidId), Map.of())) {
            UiErrors.info(UiErrors.text("supplier.withdrawn"));
            prices.clear();
            attached.clear();
            reload();
        }
    }

    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        UiErrors.attempt(() -> {
            try {
                attached.add(DocumentView.of(bids.uploadDocument(tenderId, file.getFileName(), file.getInputStream())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Map.of("file", "bid:upload"));
    }

    public void detach(DocumentView document) {
        attached.remove(document);
    }

    /** The receipt of one of the supplier's submissions, as the JSON file the API also gives. */
    public StreamedContent receipt(long bidId) {
        String json = RECEIPT_JSON.toJson(BidView.Receipt.of(bids.get(tenderId, bidId)));
        return DefaultStreamedContent.builder().name("receipt-tender-" + tenderId + "-bid-" + bidId + ".json")
                .contentType("application/json").stream(() -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).build();
    }

    private void reload() {
        submissions = bids.readable(tenderId).stream().map(BidView::of).toList();
    }

    private void startFrom(BidView counting) {
        counting.offers().forEach(o -> {
            prices.put(o.lot(), o.price());
            lifeCycleCosts.put(o.lot(), o.lifeCycleCost());
        });
        responses.putAll(counting.responses());
        attached.addAll(counting.documents());
        offered = new ArrayList<>(counting.solutionIds());
    }

    /** The company's approved solutions, which a bid can offer; buyers plan to adopt them if it wins. */
    public List<SelectItem> getOfferable() {
        return solutions.mine(new PageRequest(1, PageRequest.MAX_SIZE)).items().stream().filter(s -> s.approved().isPresent())
                .map(s -> new SelectItem(s.id(), s.approved().orElseThrow().name())).toList();
    }

    public List<Long> getOffered() {
        return offered;
    }

    public void setOffered(List<Long> offered) {
        this.offered = offered == null ? new ArrayList<>() : new ArrayList<>(offered);
    }

    public List<AwardCriterion> qualitative() {
        return tender == null ? List.of() : tender.criteria().stream().filter(c -> !c.kind().isAmount()).toList();
    }

    public boolean isWeighsLifeCycleCost() {
        return tender != null && tender.criteria().stream().anyMatch(c -> c.kind() == CriterionKind.LIFE_CYCLE_COST);
    }

    public boolean isOpenForBids() {
        return openForBids;
    }

    /** The deadline as milliseconds since 1970, for the countdown script. */
    public long getDeadlineMillis() {
        return tender == null ? 0 : tender.submissionDeadline().toEpochMilli();
    }

    /** The server's time, so the countdown does not depend on the visitor's clock. */
    public long getNowMillis() {
        return clock.millis();
    }

    public TenderView getTender() {
        return tender;
    }

    public List<BidView> getSubmissions() {
        return submissions;
    }

    public Map<Integer, BigDecimal> getPrices() {
        return prices;
    }

    public Map<Integer, BigDecimal> getLifeCycleCosts() {
        return lifeCycleCosts;
    }

    public Map<String, String> getResponses() {
        return responses;
    }

    public List<DocumentView> getAttached() {
        return attached;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public void setTenderId(Long tenderId) {
        this.tenderId = tenderId;
    }
}
