package dk.healthmarket.web.ui.solution;

import dk.healthmarket.solution.AssessmentDomain;
import dk.healthmarket.solution.ReviewDecision;
import dk.healthmarket.solution.ReviewService;
import dk.healthmarket.solution.RevisionChanges;
import dk.healthmarket.solution.SolutionService;
import dk.healthmarket.solution.SolutionStatus;
import dk.healthmarket.solution.Verdict;
import dk.healthmarket.web.api.audit.AuditResource.AuditEntryView;
import dk.healthmarket.web.api.solution.ReviewView;
import dk.healthmarket.web.api.solution.SolutionView;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;

/**
 * The reviewer's workspace for one solution: the revision's documentation beside the checklist (a
 * verdict, a comment and whether the claims were checked, per domain), what changed since the
 * revision before, the earlier reviews, and the decision.
 */
@Named
@ViewScoped
public class ReviewWorkspaceView implements Serializable {

    /** The checklist row of one domain. */
    public static final class Check implements Serializable {
        private final AssessmentDomain domain;
        private Verdict verdict;
        private String comment;
        private boolean validated;

        Check(AssessmentDomain domain) {
            this.domain = domain;
        }

        public AssessmentDomain getDomain() {
            return domain;
        }

        public Verdict getVerdict() {
            return verdict;
        }

        public void setVerdict(Verdict verdict) {
            this.verdict = verdict;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        public boolean isValidated() {
            return validated;
        }

        public void setValidated(boolean validated) {
            this.validated = validated;
        }
    }

    @Inject
    SolutionService solutions;

    @Inject
    ReviewService reviews;

    @Inject
    AttachmentDownloads downloads;

    @Inject
    SolutionDossier.Reader dossiers;

    private Long id;
    private List<AuditEntryView> events = List.of();
    private SolutionView view;
    private List<ReviewView> history = List.of();
    private List<RevisionChanges.Change> changes = List.of();
    private List<DocumentationSections.Section> sections = List.of();
    private final List<Check> checklist = Arrays.stream(AssessmentDomain.values()).map(Check::new).toList();
    private SolutionStatus decision;
    private String reasons;

    public void load() {
        if (id != null) {
            UiErrors.attempt(this::refresh, Map.of());
        }
    }

    private void refresh() {
        SolutionDossier dossier = dossiers.read(id);
        view = dossier.view();
        history = dossier.history();
        events = dossier.events();
        int number = view.working() == null ? 1 : view.working().number();
        changes = number > 1 ? solutions.changes(id, number) : List.of();
        sections = DocumentationSections.of(getRevision(), solutions.today());
    }

    public void take() {
        if (UiErrors.attempt(() -> reviews.take(id), Map.of())) {
            UiErrors.attempt(this::refresh, Map.of());
        }
    }

    public void decide() {
        ReviewView open = getOpenReview();
        if (open == null) {
            return;
        }
        Map<AssessmentDomain, Verdict> verdicts = new EnumMap<>(AssessmentDomain.class);
        Map<AssessmentDomain, String> comments = new EnumMap<>(AssessmentDomain.class);
        checklist.stream().filter(c -> c.verdict != null).forEach(c -> verdicts.put(c.domain, c.verdict));
        checklist.stream().filter(c -> c.comment != null && !c.comment.isBlank()).forEach(c -> comments.put(c.domain, c.comment));
        Set<AssessmentDomain> validated = checklist.stream().filter(c -> c.validated).map(c -> c.domain).collect(Collectors.toSet());
        var reviewDecision = new ReviewDecision(decision, reasons, verdicts, comments, validated);
        if (UiErrors.attempt(() -> reviews.decide(id, open.id(), reviewDecision), Map.of("reasons", "decision:reasons", "decision", "decision:decision"))) {
            UiErrors.attempt(this::refresh, Map.of());
            UiErrors.info(UiErrors.text("review.decided"));
        }
    }

    /** The review in progress on the working revision, if any. */
    public ReviewView getOpenReview() {
        if (view == null || view.working() == null || view.working().status() != SolutionStatus.IN_REVIEW) {
            return null;
        }
        return history.stream().filter(r -> r.decision() == null && r.revision() == view.working().number()).findFirst().orElse(null);
    }

    public boolean isWaiting() {
        return view != null && view.working() != null && view.working().status() == SolutionStatus.SUBMITTED;
    }

    /** The revision being reviewed: the working one, or the approved one when the company is drafting the next. */
    public SolutionView.Revision getRevision() {
        return view == null ? null : view.working() != null ? view.working() : view.approved();
    }

    public List<DocumentationSections.Section> getSections() {
        return sections;
    }

    public StreamedContent download(long attachmentId) {
        return downloads.of(id, attachmentId);
    }

    public SolutionView getView() {
        return view;
    }

    public List<ReviewView> getHistory() {
        return history;
    }

    public List<RevisionChanges.Change> getChanges() {
        return changes;
    }

    public List<Check> getChecklist() {
        return checklist;
    }

    public Verdict[] getVerdicts() {
        return Verdict.values();
    }

    public SolutionStatus[] getDecisions() {
        return new SolutionStatus[] {SolutionStatus.APPROVED, SolutionStatus.CHANGES_REQUESTED, SolutionStatus.REJECTED};
    }

    public SolutionStatus getDecision() {
        return decision;
    }

    public void setDecision(SolutionStatus decision) {
        this.decision = decision;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    /** What happened to the solution, who and when, from the audit log. */
    public List<AuditEntryView> getEvents() {
        return events;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
