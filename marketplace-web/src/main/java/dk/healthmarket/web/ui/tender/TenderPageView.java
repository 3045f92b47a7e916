package dk.healthmarket.web.ui.tender;

import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.tender.ClarificationService;
import dk.healthmarket.tender.EvaluationService;
import dk.healthmarket.tender.PublishedQuestion;
import dk.healthmarket.tender.Tender;
import dk.healthmarket.tender.TenderService;
import dk.healthmarket.web.api.tender.TenderView;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** One tender as everyone sees it: lots, criteria, documents, amendments, questions and answers, the award notice. */
@Named
@ViewScoped
public class TenderPageView implements Serializable {

    @Inject
    TenderService tenders;

    @Inject
    ClarificationService clarifications;

    @Inject
    EvaluationService evaluations;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private Long id;
    private TenderView tender;
    private List<PublishedQuestion> questions = List.of();
    private boolean leadBuyer;
    private boolean takesQuestions;
    private boolean takesBids;
    private String question;

    /** Loads the tender named in the address; one that does not exist, or a draft of someone else's, is "not found". */
    public void load() {
        tender = null;
        if (id == null) {
            UiErrors.info(UiErrors.text("tender.notFound"));
            return;
        }
        UiErrors.attempt(() -> {
            Tender found = tenders.get(id);
            tender = TenderView.of(found, evaluations.awards(id));
            leadBuyer = tenders.isLeadBuyer(found);
            takesQuestions = found.takesQuestionsAt(clock.instant());
            takesBids = found.takesBidsAt(clock.instant());
            questions = clarifications.list(id);
        }, Map.of());
    }

    public void ask() {
        if (UiErrors.attempt(() -> clarifications.ask(id, question), Map.of("question", "questions:question"))) {
            question = null;
            UiErrors.info(UiErrors.text("tender.question.asked"));
            load();
        }
    }

    public boolean isCanAsk() {
        return takesQuestions && isSupplier();
    }

    public boolean isCanBid() {
        return takesBids && isSupplier();
    }

    private boolean isSupplier() {
        return caller.email().isPresent() && caller.hasRole(Role.SUPPLIER);
    }

    public boolean isLeadBuyer() {
        return leadBuyer;
    }

    public TenderView getTender() {
        return tender;
    }

    public List<PublishedQuestion> getQuestions() {
        return questions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
