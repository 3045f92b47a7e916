package dk.healthmarket.solution;

import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import dk.healthmarket.document.Document;
import jakarta.persistence.CascadeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One numbered version of a solution's content and documentation. The company edits it while it
 * is a draft or sent back for changes; submitting freezes it for review.
 */
@Entity
@Table(name = "solution_revision")
public class SolutionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // read when asked for: a revision is nearly always reached from its solution, and a read-only
    // query (the search documents') would otherwise read that solution again, by id, per revision
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "solution_id")
    private Solution solution;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SolutionStatus status;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String description;

    @Column(name = "price_model")
    private String priceModel;

    private String contact;

    @Column(name = "customer_references")
    private String customerReferences;

    @Column(name = "review_response")
    private String reviewResponse;

    @Enumerated(EnumType.STRING)
    @Column(name = "mdr_class")
    private MdrClass mdrClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_level")
    private EvidenceLevel evidenceLevel;

    @Convert(converter = DocumentationConverter.class)
    @Column(nullable = false)
    private Documentation documentation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solution_revision_language", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "language")
    @Enumerated(EnumType.STRING)
    private Set<ContentLanguage> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solution_revision_category", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    private Set<SolutionCategory> categories = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solution_revision_condition", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "health_condition")
    @Enumerated(EnumType.STRING)
    private Set<Condition> conditions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solution_revision_segment", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "segment")
    @Enumerated(EnumType.STRING)
    private Set<PopulationSegment> populationSegments = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solution_revision_setting", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "care_setting")
    @Enumerated(EnumType.STRING)
    private Set<CareSetting> careSettings = new HashSet<>();

    /** The day the first of its certificates expires; kept as a column so due re-reviews are found by a query. */
    @Column(name = "certificates_expire_on")
    private LocalDate certificatesExpireOn;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SolutionAttachment> attachments = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected SolutionRevision() {
    }

    SolutionRevision(Solution solution, int number, SolutionDraft draft, Instant now) {
        this.solution = solution;
        this.number = number;
        this.status = SolutionStatus.DRAFT;
        this.createdAt = now;
        apply(draft);
    }

    /** The next revision: the new content, and the attachments of this one. */
    SolutionRevision next(SolutionDraft draft, Instant now) {
        SolutionRevision next = new SolutionRevision(solution, number + 1, draft, now);
        attachments.forEach(a -> next.attachments.add(new SolutionAttachment(next, a.domain(), a.document())));
        return next;
    }

    SolutionAttachment attach(AssessmentDomain domain, Document document) {
        requireEditable();
        SolutionAttachment attachment = new SolutionAttachment(this, domain, document);
        attachments.add(attachment);
        return attachment;
    }

    void detach(SolutionAttachment attachment) {
        requireEditable();
        attachments.remove(attachment);
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new ConflictException(Text.of("solution.notEditable", status.name()));
        }
    }

    /** Changes the content; only while the company holds the revision (a draft, or sent back for changes). */
    void edit(SolutionDraft draft) {
        requireEditable();
        apply(draft);
    }

    void moveTo(SolutionStatus target, Instant now) {
        status.requireMoveTo(target);
        if (target == SolutionStatus.SUBMITTED) {
            submittedAt = now;
        } else if (target == SolutionStatus.APPROVED || target == SolutionStatus.REJECTED) {
            decidedAt = now;
        }
        status = target;
    }

    private void apply(SolutionDraft draft) {
        name = draft.name().strip();
        summary = draft.summary().strip();
        description = draft.description().strip();
        priceModel = draft.priceModel();
        contact = draft.contact();
        customerReferences = draft.customerReferences();
        reviewResponse = draft.reviewResponse() == null || draft.reviewResponse().isBlank() ? null : draft.reviewResponse().strip();
        documentation = draft.documentation();
        mdrClass = documentation.regulatory() == null ? null : documentation.regulatory().mdrClass();
        evidenceLevel = documentation.evidence() == null ? null : documentation.evidence().level();
        certificatesExpireOn = documentation.firstExpiry().orElse(null);
        replace(languages, draft.languages());
        replace(categories, draft.categories());
        replace(conditions, draft.conditions());
        replace(populationSegments, draft.populationSegments());
        replace(careSettings, draft.careSettings());
    }

    private static <E> void replace(Set<E> target, Set<E> values) {
        target.clear();
        target.addAll(values);
    }

    public Long id() {
        return id;
    }

    public Solution solution() {
        return solution;
    }

    public int number() {
        return number;
    }

    public SolutionStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public Optional<String> priceModel() {
        return Optional.ofNullable(priceModel);
    }

    public Optional<String> contact() {
        return Optional.ofNullable(contact);
    }

    public Optional<String> customerReferences() {
        return Optional.ofNullable(customerReferences);
    }

    /** Whether the draft says exactly what this revision says already. */
    boolean holds(SolutionDraft draft) {
        return draft.equals(new SolutionDraft(name, summary, description, languages, categories, conditions, populationSegments,
                careSettings, priceModel, contact, customerReferences, documentation, reviewResponse));
    }

    /** The company's answer to the last review, if it gave one. */
    public Optional<String> reviewResponse() {
        return Optional.ofNullable(reviewResponse);
    }

    public Documentation documentation() {
        return documentation;
    }

    public Set<ContentLanguage> languages() {
        return languages.isEmpty() ? EnumSet.noneOf(ContentLanguage.class) : EnumSet.copyOf(languages);
    }

    public Set<SolutionCategory> categories() {
        return categories.isEmpty() ? EnumSet.noneOf(SolutionCategory.class) : EnumSet.copyOf(categories);
    }

    public Set<Condition> conditions() {
        return conditions.isEmpty() ? EnumSet.noneOf(Condition.class) : EnumSet.copyOf(conditions);
    }

    public Set<PopulationSegment> populationSegments() {
        return populationSegments.isEmpty() ? EnumSet.noneOf(PopulationSegment.class) : EnumSet.copyOf(populationSegments);
    }

    public Set<CareSetting> careSettings() {
        return careSettings.isEmpty() ? EnumSet.noneOf(CareSetting.class) : EnumSet.copyOf(careSettings);
    }

    public List<SolutionAttachment> attachments() {
        return List.copyOf(attachments);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }
}
