package dk.healthmarket.web.ui.tender;

import dk.healthmarket.document.DocumentRepository;
import dk.healthmarket.tender.AwardCriterion;
import dk.healthmarket.tender.BidAssessment;
import dk.healthmarket.tender.BidService;
import dk.healthmarket.tender.ClarificationService;
import dk.healthmarket.tender.EvaluationService;
import dk.healthmarket.tender.PublishedQuestion;
import dk.healthmarket.tender.Tender;
import dk.healthmarket.tender.TenderService;
import dk.healthmarket.tender.TenderStatus;
import dk.healthmarket.web.api.tender.BidView;
import dk.healthmarket.web.api.tender.EvaluationView;
import dk.healthmarket.web.api.tender.TenderView;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The lead buyer's workspace for one tender: publish, answer questions, amend, cancel, close,
 * open the bids, score them, award, reverse during standstill, conclude.
 */
@Named
@ViewScoped
public class BuyerWorkspaceView implements Serializable {

    @Inject
    TenderService tenders;

    @Inject
    BidService bids;

    @Inject
    EvaluationService evaluations;

    @Inject
    ClarificationService clarifications;

    @Inject
    DocumentRepository documents;

    private Long id;
    private TenderView tender;
    private long bidsReceived;
    private List<PublishedQuestion> questions = List.of();
    private List<BidView> openedBids = List.of();
    private EvaluationView evaluation;
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, Map<String, Integer>> scores = new HashMap<>();
    private final Map<Long, String> exclusions = new HashMap<>();
    private String reason;

    public void load() {
        tender = null;
        if (id == null) {
            return;
        }
        UiErrors.attempt(() -> {
            Tender found = tenders.asLeadBuyer(id);
            tender = TenderView.of(found, evaluations.awards(id));
            questions = clarifications.list(id);
            bidsReceived = found.status() == TenderStatus.DRAFT ? 0 : bids.received(id);
            if (found.bidsOpened()) {
                openedBids = bids.readable(id).stream().map(BidView::of).toList();
                evaluation = EvaluationView.of(evaluations.report(id));
                openedBids.forEach(b -> {
                    scores.computeIfAbsent(b.id(), k -> new HashMap<>());
                    qualitative().forEach(c -> scores.get(b.id()).putIfAbsent(c.name(), null));
                });
                evaluation.lots().forEach(lot -> lot.bids().forEach(e -> {
                    scores.get(e.bidId()).putAll(e.scores());
                    exclusions.putIfAbsent(e.bidId(), e.excludedReason());
                }));
            }
        }, Map.of());
    }

    public void publish() {
        act(() -> tenders.publish(id), "buyer.published");
    }

    public void close() {
        act(() -> tenders.close(id), "buyer.closed");
    }

    public void open() {
        act(() -> bids.open(id), "buyer.opened");
    }

    public void cancel() {
        act(() -> tenders.cancel(id, reason), "buyer.cancelled");
    }

    public void answer(long questionId) {
        act(() -> clarifications.answer(id, questionId, answers.get(questionId)), "buyer.answered");
    }

    public void saveEvaluation() {
        List<BidAssessment> assessments = new ArrayList<>();
        openedBids.forEach(b -> {
            Map<String, Integer> given = new HashMap<>();
            scores.getOrDefault(b.id(), Map.of()).forEach((criterion, score) -> {
                if (score != null) {
                    given.put(criterion, score);
                }
            });
            assessments.add(new BidAssessment(b.id(), given, exclusions.get(b.id())));
        });
        act(() -> evaluations.assess(id, assessments), "buyer.evaluated");
    }

    public void award() {
        act(() -> evaluations.award(id, reason), "buyer.awarded");
    }

    public void reverse() {
        act(() -> evaluations.reverseAward(id, reason), "buyer.reversed");
    }

    public void conclude() {
        act(() -> evaluations.conclude(id), "buyer.concluded");
    }

    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        act(() -> {
            try {
                tenders.addDocument(id, file.getFileName(), file.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "buyer.documentAdded");
    }

    /** A document of an opened bid, as a download. */
    public StreamedContent bidDocument(long bidId, long documentId) {
        var document = bids.document(id, bidId, documentId);
        return DefaultStreamedContent.builder().name(document.fileName()).contentType(document.type().mediaType())
                .stream(() -> documents.content(document)).build();
    }

    private void act(Runnable action, String done) {
        if (UiErrors.attempt(action, Map.of("reason", "workspace:reason", "answer", "workspace:questions"))) {
            UiErrors.info(UiErrors.text(done));
            reason = null;
            scores.clear();
            exclusions.clear();
            load();
        }
    }

    public List<AwardCriterion> qualitative() {
        return tender == null ? List.of() : tender.criteria().stream().filter(c -> !c.kind().isAmount()).toList();
    }

    public boolean is(String status) {
        return tender != null && tender.status().name().equals(status);
    }

    public TenderView getTender() {
        return tender;
    }

    public long getBidsReceived() {
        return bidsReceived;
    }

    public List<PublishedQuestion> getQuestions() {
        return questions;
    }

    public List<BidView> getOpenedBids() {
        return openedBids;
    }

    public EvaluationView getEvaluation() {
        return evaluation;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Map<Long, Map<String, Integer>> getScores() {
        return scores;
    }

    public Map<Long, String> getExclusions() {
        return exclusions;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
