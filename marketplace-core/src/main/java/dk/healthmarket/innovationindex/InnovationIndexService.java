package dk.healthmarket.innovationindex;

import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.DanishTime;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The innovation index per quarter. A published quarter is read from its snapshot and never
 * recomputed; any other quarter is computed live from the database, for reviewers only, until a
 * reviewer publishes it once it has ended.
 */
@ApplicationScoped
@Transactional
public class InnovationIndexService {

    static final String AUDIT_TYPE = "InnovationIndex";
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final int TOP_SOLUTIONS = 10;

    @Inject
    IndicatorMeasurements measurements;

    @Inject
    OrganisationService organisations;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.index.weights", defaultValue = " ")
    String configuredWeights;

    /** The quarter's report: its snapshot if published, else computed now (reviewers only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IndexReport report(Quarter quarter) {
        requireNotFuture(quarter);
        Optional<IndexReport> published = snapshot(quarter);
        if (published.isPresent()) {
            return published.get();
        }
        if (!mayReadLive()) {
            throw new NotFoundException("InnovationIndex", quarter);
        }
        return compute(quarter);
    }

    /** The quarter a caller asks for ("2026-Q3"), or when none is given the newest one it may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Quarter quarterOrLatest(String period) {
        return period == null || period.isBlank() ? latest() : Quarter.parse(period);
    }

    /**
     * The quarter's report and the quarters before it that the caller may see, oldest first and the
     * quarter itself last; each is computed once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndexReport> reportWithTrend(Quarter quarter, int quarters) {
        IndexReport report = report(quarter);
        List<IndexReport> reports = new ArrayList<>(quarters > 1 ? trend(quarter.minus(1), quarters - 1) : List.of());
        reports.add(report);
        return reports;
    }

    /** The newest published quarter, or for reviewers the current one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Quarter latest() {
        if (mayReadLive()) {
            return Quarter.of(today());
        }
        return em.createQuery("select s.period from IndexSnapshot s order by s.period desc", String.class).setMaxResults(1)
                .getResultStream().findFirst().map(Quarter::parse).orElseThrow(() -> new NotFoundException("InnovationIndex", "any"));
    }

    /** The quarters published so far, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> publishedPeriods() {
        return em.createQuery("select s.period from IndexSnapshot s order by s.period desc", String.class).getResultList();
    }

    /** The national index and each region's over the quarters up to this one, published or (for reviewers) live. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndexReport> trend(Quarter to, int quarters) {
        requireNotFuture(to);
        List<IndexReport> reports = new ArrayList<>();
        for (int back = quarters - 1; back >= 0; back--) {
            Quarter quarter = to.minus(back);
            Optional<IndexReport> published = snapshot(quarter);
            if (published.isPresent()) {
                reports.add(published.get());
            } else if (mayReadLive()) {
                reports.add(compute(quarter));
            }
        }
        return reports;
    }

    /** Freezes an ended quarter as it stands now and makes it public; a quarter is published once. */
    public IndexReport publish(Quarter quarter) {
        caller.requireAnyRole(Role.REVIEWER);
        if (!quarter.lastDay().isBefore(today())) {
            throw new ConflictException("period", Text.of("index.quarterNotEnded", quarter.toString(), quarter.lastDay()));
        }
        if (snapshot(quarter).isPresent()) {
            throw new ConflictException("period", Text.of("index.alreadyPublished", quarter.toString()));
        }
        IndexReport report = compute(quarter).publishedBy(caller.auditName(), clock.instant());
        em.persist(new IndexSnapshot(quarter.toString(), report.publishedAt(), report.publishedBy(), JSON.toJson(report)));
        em.flush();
        audit.record("index.published", AUDIT_TYPE, quarter.toString(), "national index " + Math.round(report.national().index()));
        return report;
    }

    IndexReport compute(Quarter quarter) {
        Weights weights = Weights.parse(configuredWeights);
        List<AreaMeasurement> areas = measurements.measure(quarter, organisations.regions());
        AreaMeasurement national = areas.get(areas.size() - 1);
        List<AreaMeasurement> regions = areas.subList(0, areas.size() - 1);
        List<AreaScore> scores = Composite.score(areas, national, weights, Normalisation.GOALPOSTS, false);
        return new IndexReport(quarter.toString(), false, null, null, clock.instant(), method(),
                scores.get(scores.size() - 1), scores.subList(0, scores.size() - 1), Sensitivity.of(regions, national, weights),
                measurements.widestSpread(quarter.lastDay(), TOP_SOLUTIONS));
    }

    /** How the index is built now: the normalisation, the aggregation and each indicator's goalposts, transformation and weight. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IndexReport.Method method() {
        Weights weights = Weights.parse(configuredWeights);
        return new IndexReport.Method(Normalisation.GOALPOSTS.name(), "weighted arithmetic mean", Arrays.stream(Indicator.values())
                .map(i -> new IndexReport.Weight(i, weights.of(i), i.worst(), i.best(), i.squareRoot(), i.unit())).toList());
    }

    private Optional<IndexReport> snapshot(Quarter quarter) {
        return em.createQuery("select s from IndexSnapshot s where s.period = :period", IndexSnapshot.class)
                .setParameter("period", quarter.toString()).getResultStream().findFirst()
                .map(s -> JSON.fromJson(s.content(), IndexReport.class));
    }

    private boolean mayReadLive() {
        return caller.hasRole(Role.REVIEWER) || caller.hasRole(Role.ADMIN);
    }

    private void requireNotFuture(Quarter quarter) {
        if (quarter.firstDay().isAfter(today())) {
            throw new InvalidInputException("period", Text.of("index.futurePeriod", quarter.toString()));
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DanishTime.ZONE);
    }
}
