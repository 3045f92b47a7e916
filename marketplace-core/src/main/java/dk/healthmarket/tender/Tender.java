package dk.healthmarket.tender;

import dk.healthmarket.document.Document;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.SolutionCategory;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A joint tender: one lead buyer buying with other public buyers. It keeps its own rules: what a
 * draft may hold, when it may be published, cancelled or closed; {@link TenderStatus} says which
 * moves exist at all.
 */
@Entity
@Table(name = "tender")
public class Tender {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lead_buyer_id")
    private Organisation leadBuyer;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_type", nullable = false)
    private Procedure procedure;

    @Column(name = "estimated_value")
    private BigDecimal estimatedValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenderStatus status;

    @Column(name = "clarification_deadline")
    private Instant clarificationDeadline;

    @Column(name = "submission_deadline")
    private Instant submissionDeadline;

    @Column(name = "expected_award_date")
    private Instant expectedAwardDate;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "awarded_at")
    private Instant awardedAt;

    @Column(name = "standstill_ends_at")
    private Instant standstillEndsAt;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_participant", joinColumns = @JoinColumn(name = "tender_id"))
    private List<TenderParticipant> participants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_cpv", joinColumns = @JoinColumn(name = "tender_id"))
    private List<TenderCpv> cpvCodes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_lot", joinColumns = @JoinColumn(name = "tender_id"))
    private List<TenderLot> lots = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_criterion", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderColumn(name = "position")
    private List<TenderCriterion> criteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_amendment", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderBy("number")
    private List<Amendment> amendments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_category", joinColumns = @JoinColumn(name = "tender_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    private Set<SolutionCategory> categories = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_population_segment", joinColumns = @JoinColumn(name = "tender_id"))
    @Column(name = "segment")
    @Enumerated(EnumType.STRING)
    private Set<PopulationSegment> populationSegments = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "tender_document", joinColumns = @JoinColumn(name = "tender_id"),
            inverseJoinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    private List<Document> documents = new ArrayList<>();

    protected Tender() {
    }

    /** A new draft; the participants are public buyers the service has already looked up. */
    public Tender(Organisation leadBuyer, TenderDraft draft, List<TenderParticipant> participants, Instant now) {
        this.leadBuyer = leadBuyer;
        this.status = TenderStatus.DRAFT;
        this.createdAt = now;
        apply(draft, participants);
    }

    /** Changes a draft. Once published, a change is an amendment, which has rules of its own. */
    public void edit(TenderDraft draft, List<TenderParticipant> participants) {
        if (status != TenderStatus.DRAFT) {
            throw new ConflictException(Text.of("tender.editOnlyDraft", status.name()));
        }
        apply(draft, participants);
    }

    /** Adds a document to the draft; a published tender changes only by amendment. */
    public void addDocument(Document document) {
        if (status != TenderStatus.DRAFT) {
            throw new ConflictException(Text.of("document.onlyDraft", status.name()));
        }
        documents.add(document);
    }

    /** Publishes the draft when its deadlines leave suppliers at least {@code minimumPeriod} to bid. */
    public void publish(Instant now, Period minimumPeriod) {
        status.requireMoveTo(TenderStatus.PUBLISHED);
        List<FieldError> problems = deadlines().problemsForPublication(now, minimumPeriod);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        status = TenderStatus.PUBLISHED;
        publishedAt = now;
    }

    /**
     * Changes a published tender as a numbered corrigendum. A change made less than {@code notice}
     * before the submission deadline must move the deadline to at least {@code notice} from now,
     * so every supplier can take it into account; no amendment brings the deadline forward.
     */
    public Amendment amend(TenderDraft draft, List<TenderParticipant> participants, String summary, Instant now, Period notice) {
        if (status != TenderStatus.PUBLISHED) {
            throw new ConflictException(Text.of("tender.amendOnlyPublished", status.name()));
        }
        Instant earliest = now.atOffset(ZoneOffset.UTC).plus(notice).toInstant();
        List<FieldError> problems = new ArrayList<>(draft.deadlines().problemsForAmendment(now));
        if (problems.isEmpty() && draft.submissionDeadline().isBefore(submissionDeadline)) {
            problems.add(new FieldError("submissionDeadline", Text.of("tender.amendment.noEarlierDeadline")));
        } else if (problems.isEmpty() && submissionDeadline.isBefore(earliest) && draft.submissionDeadline().isBefore(earliest)) {
            problems.add(new FieldError("submissionDeadline", Text.of("tender.amendment.extend", notice.getDays())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        apply(draft, participants);
        var amendment = new Amendment(amendments.size() + 1, summary.strip(), now);
        amendments.add(amendment);
        return amendment;
    }

    public void cancel(String reason) {
        status.requireMoveTo(TenderStatus.CANCELLED);
        status = TenderStatus.CANCELLED;
        cancellationReason = reason.strip();
    }

    /**
     * Closes a published tender whose submission deadline has passed. Closing a closed tender
     * changes nothing and says so (false), so the scheduled closing can run on every instance.
     */
    public boolean close(Instant now) {
        if (status == TenderStatus.CLOSED) {
            return false;
        }
        status.requireMoveTo(TenderStatus.CLOSED);
        if (deadlines().acceptsBidsAt(now)) {
            throw new ConflictException(Text.of("tender.closeBeforeDeadline", submissionDeadline.toString()));
        }
        status = TenderStatus.CLOSED;
        closedAt = now;
        return true;
    }

    /**
     * Refuses a bid, or a withdrawal, received at {@code receivedAt} unless it came before the
     * submission deadline and the bids are not yet opened. A bid received in time still counts
     * if the tender closed while it was being stored.
     */
    public void requireAcceptsBidsReceivedAt(Instant receivedAt) {
        if (status != TenderStatus.PUBLISHED && status != TenderStatus.CLOSED) {
            throw new ConflictException(Text.of("bid.tenderNotOpen", status.name()));
        }
        if (!deadlines().acceptsBidsAt(receivedAt)) {
            throw new ConflictException(Text.of("bid.deadlinePassed", submissionDeadline.toString(), receivedAt.toString()));
        }
    }

    /** Whether suppliers may ask questions at {@code now}: while published and before the clarification deadline. */
    public boolean takesQuestionsAt(Instant now) {
        return status == TenderStatus.PUBLISHED && clarificationDeadline != null && now.isBefore(clarificationDeadline);
    }

    /** Whether a bid submitted at {@code now} is taken: while published and before the submission deadline. */
    public boolean takesBidsAt(Instant now) {
        return status == TenderStatus.PUBLISHED && deadlines().acceptsBidsAt(now);
    }

    /** Opens the bids of a closed tender for evaluation; from now on the lead buyer may read them. */
    public void open(Instant now) {
        if (status != TenderStatus.CLOSED) {
            throw new ConflictException(Text.of("tender.transitionRefused", status.name(), TenderStatus.UNDER_EVALUATION.name()));
        }
        status = TenderStatus.UNDER_EVALUATION;
        openedAt = now;
    }

    /** Whether the bids have been opened: until then nobody but each bid's supplier reads a bid. */
    public boolean bidsOpened() {
        return openedAt != null;
    }

    /** Bids are scored, excluded and ranked only while the tender is under evaluation. */
    public void requireUnderEvaluation() {
        if (status != TenderStatus.UNDER_EVALUATION) {
            throw new ConflictException(Text.of("tender.notUnderEvaluation", status.name()));
        }
    }

    /** Awards the tender; unsuccessful bidders may complain until {@code standstillEnds}. */
    public void award(Instant now, Instant standstillEnds) {
        requireUnderEvaluation();
        status = TenderStatus.AWARDED;
        awardedAt = now;
        standstillEndsAt = standstillEnds;
    }

    /** Takes the award back during the standstill period (after a complaint, say), for a new decision. */
    public void reverseAward(Instant now) {
        if (status != TenderStatus.AWARDED) {
            throw new ConflictException(Text.of("tender.transitionRefused", status.name(), TenderStatus.UNDER_EVALUATION.name()));
        }
        if (!now.isBefore(standstillEndsAt)) {
            throw new ConflictException(Text.of("tender.standstillOver", standstillEndsAt.toString()));
        }
        status = TenderStatus.UNDER_EVALUATION;
        awardedAt = null;
        standstillEndsAt = null;
    }

    /** Marks the contract concluded, which the standstill period must have passed for. */
    public void conclude(Instant now) {
        status.requireMoveTo(TenderStatus.CONCLUDED);
        if (now.isBefore(standstillEndsAt)) {
            throw new ConflictException(Text.of("tender.standstillRunning", standstillEndsAt.toString()));
        }
        status = TenderStatus.CONCLUDED;
        concludedAt = now;
    }

    private void apply(TenderDraft draft, List<TenderParticipant> participants) {
        List<FieldError> problems = new ArrayList<>(cpvProblems(draft));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AwardCriteria awardCriteria = new AwardCriteria(draft.criteria());
        title = draft.title().strip();
        description = draft.description().strip();
        procedure = draft.procedure();
        estimatedValue = draft.estimatedValue();
        clarificationDeadline = draft.clarificationDeadline();
        submissionDeadline = draft.submissionDeadline();
        expectedAwardDate = draft.expectedAwardDate();
        this.participants.clear();
        this.participants.addAll(participants);
        cpvCodes.clear();
        cpvCodes.add(new TenderCpv(draft.mainCpv(), true));
        draft.additionalCpv().forEach(code -> cpvCodes.add(new TenderCpv(code, false)));
        lots.clear();
        for (int i = 0; i < draft.lots().size(); i++) {
            var lot = draft.lots().get(i);
            lots.add(new TenderLot(i + 1, lot.title().strip(), lot.description(), lot.estimatedValue()));
        }
        criteria.clear();
        awardCriteria.criteria().forEach(c -> criteria.add(new TenderCriterion(c)));
        categories.clear();
        categories.addAll(draft.categories());
        populationSegments.clear();
        populationSegments.addAll(draft.populationSegments());
    }

    private static List<FieldError> cpvProblems(TenderDraft draft) {
        List<FieldError> problems = new ArrayList<>();
        if (!CpvCode.isKnown(draft.mainCpv())) {
            problems.add(new FieldError("mainCpv", Text.of("tender.cpv.unknown", draft.mainCpv())));
        }
        Set<String> seen = new HashSet<>(Set.of(String.valueOf(draft.mainCpv())));
        for (int i = 0; i < draft.additionalCpv().size(); i++) {
            String code = draft.additionalCpv().get(i);
            if (!CpvCode.isKnown(code)) {
                problems.add(new FieldError("additionalCpv[" + i + "]", Text.of("tender.cpv.unknown", code)));
            } else if (!seen.add(code)) {
                problems.add(new FieldError("additionalCpv[" + i + "]", Text.of("tender.cpv.duplicate", code)));
            }
        }
        return problems;
    }

    public Deadlines deadlines() {
        return new Deadlines(clarificationDeadline, submissionDeadline, expectedAwardDate);
    }

    public AwardCriteria awardCriteria() {
        return new AwardCriteria(criteria.stream().map(TenderCriterion::criterion).toList());
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Organisation leadBuyer() {
        return leadBuyer;
    }

    public Procedure procedure() {
        return procedure;
    }

    public Optional<BigDecimal> estimatedValue() {
        return Optional.ofNullable(estimatedValue);
    }

    public TenderStatus status() {
        return status;
    }

    public Optional<String> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Instant> openedAt() {
        return Optional.ofNullable(openedAt);
    }

    public Optional<Instant> awardedAt() {
        return Optional.ofNullable(awardedAt);
    }

    public Optional<Instant> standstillEndsAt() {
        return Optional.ofNullable(standstillEndsAt);
    }

    public Optional<Instant> concludedAt() {
        return Optional.ofNullable(concludedAt);
    }

    public List<TenderParticipant> participants() {
        return List.copyOf(participants);
    }

    public String mainCpv() {
        return cpvCodes.stream().filter(TenderCpv::main).map(TenderCpv::code).findFirst().orElseThrow();
    }

    public List<String> additionalCpv() {
        return cpvCodes.stream().filter(c -> !c.main()).map(TenderCpv::code).toList();
    }

    public List<TenderLot> lots() {
        return List.copyOf(lots);
    }

    public Set<SolutionCategory> categories() {
        return categories.isEmpty() ? EnumSet.noneOf(SolutionCategory.class) : EnumSet.copyOf(categories);
    }

    public Set<PopulationSegment> populationSegments() {
        return populationSegments.isEmpty() ? EnumSet.noneOf(PopulationSegment.class) : EnumSet.copyOf(populationSegments);
    }

    public List<Document> documents() {
        return List.copyOf(documents);
    }

    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }
}
