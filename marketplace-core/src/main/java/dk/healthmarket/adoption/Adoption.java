package dk.healthmarket.adoption;

import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationType;
import dk.healthmarket.organisation.Region;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.Text;
import dk.healthmarket.solution.Solution;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A public organisation's use of an approved solution: the stage it has reached, with every stage
 * it has been in, and what the use reaches. A region or the national organisation adopts for the
 * whole of its area; anyone else for the population it states.
 */
@Entity
@Table(name = "adoption")
public class Adoption {

    static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "solution_id")
    private Solution solution;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_wide", nullable = false)
    private boolean regionWide;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdoptionStage stage;

    @Column(name = "population_covered")
    private Integer populationCovered;

    private Integer enrolled;

    @Column(name = "hours_saved_per_year")
    private Integer hoursSavedPerYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdoptionSource source;

    @Column(name = "tender_id")
    private Long tenderId;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "adoption", cascade = CascadeType.ALL)
    @OrderBy("enteredOn, id")
    private List<StagePeriod> periods = new ArrayList<>();

    protected Adoption() {
    }

    /** A new adoption in its first stage, checked like any stage change; the solution must be approved. */
    Adoption(Solution solution, Organisation organisation, AdoptionSource source, Long tenderId, Instant now) {
        if (solution.firstApprovedOn().isEmpty()) {
            throw new ConflictException(Text.of("adoption.solutionNotApproved"));
        }
        if (!organisation.type().isPublicBuyer()) {
            throw new ConflictException(Text.of("adoption.notPublicBuyer"));
        }
        this.solution = solution;
        this.organisation = organisation;
        this.regionCode = organisation.region().map(Region::code).orElse(null);
        this.regionWide = organisation.type() == OrganisationType.REGION || organisation.type() == OrganisationType.NATIONAL_HEALTH_ORGANISATION;
        this.source = source;
        this.tenderId = tenderId;
        this.createdAt = now;
    }

    /** Enters the first stage, any but discontinued; a new adoption has none. */
    void begin(AdoptionStage first, LocalDate on, AdoptionFigures figures, String by, Instant now, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        if (first == AdoptionStage.DISCONTINUED) {
            problems.add(new FieldError("stage", Text.of("adoption.startsDiscontinued")));
        }
        dateProblem(on, today).ifPresent(problems::add);
        requirePopulation(first, figures.populationCovered()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        change(figures);
        enter(first, on, null, by, now);
    }

    /**
     * Moves to another stage on a day: not in the future, not before the solution's approval or
     * the current stage's start, and with a reason when it goes back. Verification lapses.
     */
    void moveTo(AdoptionStage next, LocalDate on, String reason, String by, Instant now, LocalDate today) {
        if (next == stage) {
            throw new ConflictException("stage", Text.of("adoption.sameStage", stage.name()));
        }
        List<FieldError> problems = new ArrayList<>();
        if (stage.needsReasonFor(next) && (reason == null || reason.isBlank())) {
            problems.add(new FieldError("reason", Text.of("adoption.reasonRequired", stage.name(), next.name())));
        }
        if (reason != null && reason.strip().length() > MAX_REASON) {
            problems.add(new FieldError("reason", Text.of("adoption.reasonTooLong", MAX_REASON)));
        }
        dateProblem(on, today).ifPresent(problems::add);
        current().filter(p -> on != null && on.isBefore(p.enteredOn()))
                .ifPresent(p -> problems.add(new FieldError("on", Text.of("adoption.beforeCurrentStage", p.enteredOn()))));
        requirePopulation(next, populationCovered).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        current().ifPresent(p -> p.leave(on));
        enter(next, on, reason == null || reason.isBlank() ? null : reason.strip(), by, now);
    }

    /** Changes what the adoption reaches; verification lapses. */
    void change(AdoptionFigures figures) {
        List<FieldError> problems = figures.problems();
        if (stage != null) {
            requirePopulation(stage, figures.populationCovered()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        populationCovered = figures.populationCovered();
        enrolled = figures.enrolled();
        hoursSavedPerYear = figures.hoursSavedPerYear();
        unverify();
    }

    /** A reviewer at the centre has checked the adoption against its sources. */
    void verify(String by, Instant now) {
        verifiedBy = by;
        verifiedAt = now;
    }

    private void enter(AdoptionStage next, LocalDate on, String reason, String by, Instant now) {
        stage = next;
        periods.add(new StagePeriod(this, next, on, reason, by, now));
        unverify();
    }

    private void unverify() {
        verifiedBy = null;
        verifiedAt = null;
    }

    private Optional<FieldError> dateProblem(LocalDate on, LocalDate today) {
        if (on == null) {
            return Optional.of(new FieldError("on", Text.of("adoption.dateRequired")));
        }
        if (on.isAfter(today)) {
            return Optional.of(new FieldError("on", Text.of("adoption.dateInFuture", today)));
        }
        LocalDate approved = solution.firstApprovedOn().orElseThrow();
        if (on.isBefore(approved)) {
            return Optional.of(new FieldError("on", Text.of("adoption.beforeApproval", approved)));
        }
        return Optional.empty();
    }

    /** In real use an adoption below the region level must say whom it covers; a region-wide one covers its area. */
    private Optional<FieldError> requirePopulation(AdoptionStage at, Integer population) {
        return at.reaches() && !regionWide && population == null
                ? Optional.of(new FieldError("populationCovered", Text.of("adoption.populationRequired")))
                : Optional.empty();
    }

    private Optional<StagePeriod> current() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Solution solution() {
        return solution;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Optional<String> regionCode() {
        return Optional.ofNullable(regionCode);
    }

    public boolean regionWide() {
        return regionWide;
    }

    public AdoptionStage stage() {
        return stage;
    }

    public LocalDate stageSince() {
        return current().map(StagePeriod::enteredOn).orElseThrow();
    }

    public AdoptionFigures figures() {
        return new AdoptionFigures(populationCovered, enrolled, hoursSavedPerYear);
    }

    public AdoptionSource source() {
        return source;
    }

    public Optional<Long> tenderId() {
        return Optional.ofNullable(tenderId);
    }

    public Optional<String> verifiedBy() {
        return Optional.ofNullable(verifiedBy);
    }

    public Optional<Instant> verifiedAt() {
        return Optional.ofNullable(verifiedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The stages it has been in, the first first. */
    public List<StagePeriod> history() {
        return List.copyOf(periods);
    }

    /** The first day it was in a stage at least as far as this one (discontinuation aside), if it got there. */
    public Optional<LocalDate> reached(AdoptionStage target) {
        return periods.stream().filter(p -> p.stage() != AdoptionStage.DISCONTINUED && p.stage().ordinal() >= target.ordinal())
                .map(StagePeriod::enteredOn).min(LocalDate::compareTo);
    }

    /** The stage it was in at the end of a day, if it had begun by then. */
    public Optional<AdoptionStage> stageOn(LocalDate day) {
        AdoptionStage found = null;
        for (StagePeriod p : periods) {
            if (!p.enteredOn().isAfter(day) && p.leftOn().map(left -> left.isAfter(day)).orElse(true)) {
                found = p.stage();
            }
        }
        return Optional.ofNullable(found);
    }
}
