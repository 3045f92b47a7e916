package dk.healthmarket.adoption;

import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.SolutionApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the {@code solution_reach} table in step with the adoptions: a solution's spans are worked
 * out again from all its adoptions' stage periods ({@link Reach#of}) and replaced whole.
 */
@ApplicationScoped
public class SolutionReaches {

    private static final String COLUMNS = "solution_id, area_code, from_on, until_on, company_id, at_risk, first_used_on, days_to_first_use, "
            + "operating, operating_hours, in_use, in_use_wide, in_use_people, in_use_share, in_use_hours, regions_in_use";
    private static final String SEGMENTS_AT_RISK = sqlList(Arrays.stream(PopulationSegment.values()).filter(PopulationSegment::atRisk));
    private static final String USED_STAGES = sqlList(Arrays.stream(AdoptionStage.values()).filter(AdoptionStage::used));
    private static final int COLUMN_COUNT = COLUMNS.split(",").length;

    @PersistenceContext
    EntityManager em;

    /**
     * Works the solution's reach out again from its adoptions as they stand in this transaction.
     * The solution's row is locked first and the periods read with a locking read, so two buyers
     * changing the same solution's adoptions at once each see the other's committed change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(long solutionId) {
        em.flush();
        em.createNativeQuery("SELECT id FROM solution WHERE id = ?1 FOR UPDATE").setParameter(1, solutionId).getResultList();
        replace(solutionId, solutionId);
    }

    /** A new approval may change whom the solution serves, which its reach records. */
    void approved(@Observes SolutionApproved approval) {
        recompute(approval.solutionId());
    }

    /** The solutions that have been used (pilot or beyond) but have no reach: after this upgrade, or a bulk load. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> missing() {
        List<?> ids = em.createNativeQuery("SELECT DISTINCT a.solution_id FROM adoption_stage p JOIN adoption a ON a.id = p.adoption_id "
                + "WHERE p.stage IN (" + USED_STAGES + ") AND NOT EXISTS "
                + "(SELECT 1 FROM solution_reach r WHERE r.solution_id = a.solution_id) ORDER BY a.solution_id").getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Works out again the reach of the solutions whose ids lie in the range, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int rebuild(long fromId, long toId) {
        return replace(fromId, toId);
    }

    private int replace(long fromId, long toId) {
        em.createNativeQuery("DELETE FROM solution_reach WHERE solution_id BETWEEN ?1 AND ?2").setParameter(1, fromId).setParameter(2, toId).executeUpdate();
        Map<String, Long> population = population();
        List<String> regions = List.copyOf(population.keySet());
        List<Object[]> rows = new ArrayList<>();
        periods(fromId, toId).forEach((solution, periods) -> {
            for (Reach reach : Reach.of(periods, regions)) {
                rows.add(row(solution, reach, population.getOrDefault(reach.area(), 0L)));
            }
        });
        insert(rows);
        return rows.size();
    }

    /** Each solution's adoptions' stage periods, with what each adoption reaches. */
    private Map<SolutionKey, List<UsePeriod>> periods(long fromId, long toId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.solution_id, s.company_id, s.first_approved_on, EXISTS (SELECT 1 FROM solution_revision_segment g "
                + "WHERE g.revision_id = s.approved_revision_id AND g.segment IN (" + SEGMENTS_AT_RISK + ")), a.region_code, a.region_wide, "
                + "a.population_covered, a.hours_saved_per_year, p.stage, p.entered_on, p.left_on FROM adoption_stage p "
                + "JOIN adoption a ON a.id = p.adoption_id JOIN solution s ON s.id = a.solution_id "
                + "WHERE a.solution_id BETWEEN ?1 AND ?2 ORDER BY a.solution_id LOCK IN SHARE MODE")
                .setParameter(1, fromId).setParameter(2, toId).getResultList();
        Map<SolutionKey, List<UsePeriod>> periods = new LinkedHashMap<>();
        for (Object[] r : rows) {
            SolutionKey solution = new SolutionKey(number(r[0]).longValue(), number(r[1]).longValue(), day(r[2]), flag(r[3]));
            periods.computeIfAbsent(solution, s -> new ArrayList<>()).add(new UsePeriod((String) r[4], flag(r[5]), integer(r[6]), integer(r[7]),
                    AdoptionStage.valueOf((String) r[8]), day(r[9]), r[10] == null ? null : day(r[10])));
        }
        return periods;
    }

    private Object[] row(SolutionKey solution, Reach reach, long population) {
        Reach.State s = reach.state();
        return new Object[] {solution.id(), reach.area(), Date.valueOf(reach.from()), Date.valueOf(reach.until()), solution.companyId(),
            solution.atRisk(), Date.valueOf(reach.firstUsedOn()), (int) ChronoUnit.DAYS.between(solution.approvedOn(), reach.firstUsedOn()),
            s.operating(), s.operatingHours(), s.inUse(), s.inUseWide(), s.inUsePeople(), population == 0 ? 0.0 : s.coverage(population), s.inUseHours(),
            s.regionsInUse()};
    }

    /** One JDBC batch on the transaction's own connection: EclipseLink's native queries slow down with thousands of parameters. */
    private void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String placeholders = String.join(", ", Collections.nCopies(COLUMN_COUNT, "?"));
        try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement("INSERT INTO solution_reach (" + COLUMNS + ") VALUES (" + placeholders + ")")) {
            for (Object[] row : rows) {
                for (int c = 0; c < COLUMN_COUNT; c++) {
                    insert.setObject(c + 1, row[c]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Writing the solutions' reach failed", e);
        }
    }

    /** Each region's code and population. */
    private Map<String, Long> population() {
        @SuppressWarnings("unchecked")
        List<Object[]> regions = em.createNativeQuery("SELECT code, population FROM region ORDER BY code").getResultList();
        Map<String, Long> population = new LinkedHashMap<>();
        regions.forEach(r -> population.put((String) r[0], number(r[1]).longValue()));
        return population;
    }

    /** What the reach records of the solution itself: its company, its first approval, whether it serves segments at risk. */
    private record SolutionKey(long id, long companyId, LocalDate approvedOn, boolean atRisk) {
    }

    /** Enum constants as an SQL list of string literals, for a native {@code IN}: their names hold nothing to escape. */
    private static String sqlList(Stream<? extends Enum<?>> values) {
        return values.map(value -> "'" + value.name() + "'").collect(Collectors.joining(", "));
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
