package dk.healthmarket.web.ui.solution;

import dk.healthmarket.solution.AssessmentDomain;
import dk.healthmarket.solution.CareSetting;
import dk.healthmarket.solution.Condition;
import dk.healthmarket.solution.ContentLanguage;
import dk.healthmarket.solution.EvidenceLevel;
import dk.healthmarket.solution.InteroperabilityStandard;
import dk.healthmarket.solution.MastDomain;
import dk.healthmarket.solution.MdrClass;
import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.Solution;
import dk.healthmarket.solution.SolutionCategory;
import dk.healthmarket.solution.SolutionService;
import dk.healthmarket.solution.SolutionStatus;
import dk.healthmarket.solution.StaffGroup;
import dk.healthmarket.solution.StudyType;
import dk.healthmarket.web.api.audit.AuditResource.AuditEntryView;
import dk.healthmarket.web.api.solution.ReviewView;
import dk.healthmarket.web.api.solution.SolutionView;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.FlowEvent;
import org.primefaces.model.StreamedContent;

/**
 * The supplier's step-by-step wizard for one solution. Each step is saved as the supplier moves
 * on, so nothing typed is lost and the service checks the step at once; the completeness panel
 * beside it says what each domain still lacks, and the last step submits. A revision under review
 * is shown read-only; after a decision, saving starts the next revision.
 */
@Named
@ViewScoped
public class SolutionWizardView implements Serializable {

    private static final Map<String, String> INPUTS = Map.of("name", "solution:name", "summary", "solution:summary",
            "description", "solution:description", "languages", "solution:languages", "domain", "solution:uploadDomain");

    @Inject
    SolutionService solutions;

    @Inject
    SolutionDossier.Reader dossiers;

    @Inject
    AttachmentDownloads downloads;

    private Long id;
    private List<AuditEntryView> events = List.of();
    private long version;
    private SolutionForm form = new SolutionForm();
    private SolutionView view;
    private List<ReviewView> history = List.of();
    private List<SolutionView.RevisionSummary> revisions = List.of();
    private List<DocumentationSections.Section> sections = List.of();
    private AssessmentDomain uploadDomain = AssessmentDomain.CLINICAL_EVIDENCE;

    public void load() {
        if (id != null && UiErrors.attempt(this::refresh, Map.of())) {
            form = SolutionForm.of(view.working());
        }
    }

    private void refresh() {
        SolutionDossier dossier = dossiers.read(id);
        view = dossier.view();
        history = dossier.history();
        events = dossier.events();
        version = view.version();
        revisions = solutions.revisions(id).stream().map(SolutionView.RevisionSummary::of).toList();
        sections = DocumentationSections.of(view.working(), solutions.today());
    }

    /** Saves the step being left when moving forward; a refused step stays on screen with its messages. */
    public String onFlow(FlowEvent event) {
        if (isFrozen() || stepIndex(event.getNewStep()) < stepIndex(event.getOldStep())) {
            return event.getNewStep();
        }
        boolean saved = save();
        // the wizard redraws only itself; the completeness panel and page messages change with every save
        PrimeFaces.current().ajax().update("heading", "sidebar", "messages");
        return saved ? event.getNewStep() : event.getOldStep();
    }

    private static int stepIndex(String step) {
        return List.of("basics", "classification", "regulatory", "evidence", "protection", "interoperability", "labour", "attachments", "submission")
                .indexOf(step);
    }

    public boolean save() {
        Solution[] saved = new Solution[1];
        boolean ok = UiErrors.attempt(() -> saved[0] = id == null ? solutions.create(form.draft()) : solutions.update(id, version, form.draft()),
                INPUTS);
        if (ok) {
            id = saved[0].id();
            UiErrors.attempt(this::refresh, Map.of());
        }
        return ok;
    }

    public void submit() {
        if (save() && UiErrors.attempt(() -> solutions.submit(id), Map.of())) {
            UiErrors.attempt(this::refresh, Map.of());
            UiErrors.info(UiErrors.text("wizard.submitted"));
        }
    }

    public void withdraw() {
        if (UiErrors.attempt(() -> solutions.withdraw(id), Map.of())) {
            UiErrors.attempt(this::refresh, Map.of());
        }
    }

    public void upload(FileUploadEvent event) {
        if (id == null && !save()) {
            return;
        }
        var file = event.getFile();
        boolean ok = UiErrors.attempt(() -> {
            try {
                solutions.attach(id, uploadDomain, file.getFileName(), file.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, INPUTS);
        if (ok) {
            UiErrors.attempt(this::refresh, Map.of());
        }
    }

    public void removeAttachment(long attachmentId) {
        if (UiErrors.attempt(() -> solutions.detach(id, attachmentId), Map.of())) {
            UiErrors.attempt(this::refresh, Map.of());
        }
    }

    public StreamedContent download(long attachmentId) {
        return downloads.of(id, attachmentId);
    }

    public void addStudy() {
        form.getStudies().add(new SolutionForm.StudyRow());
    }

    public void removeStudy(SolutionForm.StudyRow row) {
        form.getStudies().remove(row);
    }

    public void addCertificate() {
        form.getCertifications().add(new SolutionForm.CertificateRow());
    }

    public void removeCertificate(SolutionForm.CertificateRow row) {
        form.getCertifications().remove(row);
    }

    public void addFigure() {
        form.getFigures().add(new SolutionForm.FigureRow());
    }

    public void removeFigure(SolutionForm.FigureRow row) {
        form.getFigures().remove(row);
    }

    /** Submitted or in review: the centre has it, and nothing can change until it decides. */
    public boolean isFrozen() {
        return view != null && getStatus().isWithTheCentre();
    }

    public SolutionStatus getStatus() {
        return view == null ? SolutionStatus.DRAFT : view.working().status();
    }

    public List<DocumentationSections.Section> getSections() {
        return sections;
    }

    /** The latest decided review, whose verdicts and comments the supplier answers in the next revision. */
    public ReviewView getLatestReview() {
        return history.stream().filter(r -> r.decision() != null).reduce((first, later) -> later).orElse(null);
    }

    public int getGapCount() {
        return view == null ? -1 : view.working().missing().values().stream().mapToInt(List::size).sum();
    }

    public SolutionView getView() {
        return view;
    }

    public List<SolutionView.RevisionSummary> getRevisions() {
        return revisions;
    }

    public SolutionForm getForm() {
        return form;
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

    public AssessmentDomain getUploadDomain() {
        return uploadDomain;
    }

    public void setUploadDomain(AssessmentDomain uploadDomain) {
        this.uploadDomain = uploadDomain;
    }

    public AssessmentDomain[] getDomains() {
        return AssessmentDomain.values();
    }

    public ContentLanguage[] getAllLanguages() {
        return ContentLanguage.values();
    }

    public SolutionCategory[] getAllCategories() {
        return SolutionCategory.values();
    }

    public Condition[] getAllConditions() {
        return Condition.values();
    }

    public PopulationSegment[] getAllSegments() {
        return PopulationSegment.values();
    }

    public CareSetting[] getAllSettings() {
        return CareSetting.values();
    }

    public MdrClass[] getMdrClasses() {
        return MdrClass.values();
    }

    public EvidenceLevel[] getEvidenceLevels() {
        return EvidenceLevel.values();
    }

    public StudyType[] getStudyTypes() {
        return StudyType.values();
    }

    public MastDomain[] getMastDomains() {
        return MastDomain.values();
    }

    public InteroperabilityStandard[] getAllStandards() {
        return InteroperabilityStandard.values();
    }

    public StaffGroup[] getStaffGroups() {
        return StaffGroup.values();
    }
}
