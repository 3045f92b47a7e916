package dk.healthmarket.innovationindex;

import dk.healthmarket.organisation.Region;
import dk.healthmarket.tender.Procedure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Measures the indicators for a quarter straight from the database, each as one aggregating
 * query over the adoptions' stage periods, solutions and tenders: the database does the counting,
 * whatever the number of adoptions. A national organisation's adoption counts in every region.
 */
@ApplicationScoped
public class IndicatorMeasurements {

    /** Stage periods that include the day: the stage an adoption was in on it. */
    private static final String ON_DAY = "p.entered_on <= ?1 AND (p.left_on IS NULL OR p.left_on > ?1)";
    private static final String SEGMENTS_AT_RISK = "'ELDER_CARE', 'COMPLEX_CHRONIC_DISEASE', 'INCREASED_RISK'";

    @PersistenceContext
    EntityManager em;

    /** The regions' measurements and then the national one, as they stood on the quarter's last day. */
    public List<AreaMeasurement> measure(Quarter quarter, List<Region> regions) {
        LocalDate end = quarter.lastDay();
        Map<String, Map<Indicator, Double>> values = new HashMap<>();
        Map<String, Map<Indicator, Integer>> observations = new HashMap<>();
        for (Region region : regions) {
            values.put(region.code(), new EnumMap<>(Indicator.class));
            observations.put(region.code(), new EnumMap<>(Indicator.class));
        }
        values.put(AreaMeasurement.NATIONAL, new EnumMap<>(Indicator.class));
        observations.put(AreaMeasurement.NATIONAL, new EnumMap<>(Indicator.class));
        Map<String, Long> population = regions.stream().collect(Collectors.toMap(Region::code, r -> (long) r.population()));
        population.put(AreaMeasurement.NATIONAL, population.values().stream().mapToLong(Long::longValue).sum());

        inOperation(end, values, observations, population);
        diffusion(end, values, observations);
        procurement(quarter, values, observations);
        equality(end, values, observations);

        List<AreaMeasurement> areas = new ArrayList<>();
        for (Region region : regions) {
            areas.add(new AreaMeasurement(region.code(), region.name(), region.population(), values.get(region.code()), observations.get(region.code())));
        }
        areas.add(new AreaMeasurement(AreaMeasurement.NATIONAL, "Danmark", population.get(AreaMeasurement.NATIONAL),
                values.get(AreaMeasurement.NATIONAL), observations.get(AreaMeasurement.NATIONAL)));
        return areas;
    }

    /** Breadth, labour freed and collaboration: what is in operation on the day. */
    private void inOperation(LocalDate end, Map<String, Map<Indicator, Double>> values, Map<String, Map<Indicator, Integer>> observations,
            Map<String, Long> population) {
        String from = "FROM adoption_stage p JOIN adoption a ON a.id = p.adoption_id JOIN solution s ON s.id = a.solution_id ";
        String inOperation = "p.stage = 'OPERATION' AND " + ON_DAY;
        List<Object[]> rows = new ArrayList<>(rows("SELECT x.code, COUNT(DISTINCT x.solution_id), COUNT(DISTINCT x.company_id), SUM(x.hours), COUNT(*) FROM ("
                + "SELECT a.region_code code, a.solution_id, s.company_id, a.hours_saved_per_year hours " + from
                + "WHERE a.region_code IS NOT NULL AND " + inOperation
                + " UNION ALL SELECT r.code, a.solution_id, s.company_id, 0 " + from + "CROSS JOIN region r WHERE a.region_code IS NULL AND " + inOperation
                + ") x GROUP BY x.code", end));
        rows.addAll(rows("SELECT 'DK', COUNT(DISTINCT a.solution_id), COUNT(DISTINCT s.company_id), SUM(a.hours_saved_per_year), COUNT(*) " + from
                + "WHERE " + inOperation, end));
        for (Object[] row : rows) {
            String code = (String) row[0];
            if (!values.containsKey(code)) {
                continue;
            }
            long people = population.get(code);
            int count = number(row[4]).intValue();
            values.get(code).put(Indicator.BREADTH, number(row[1]).doubleValue() * 100_000 / people);
            values.get(code).put(Indicator.COLLABORATION, number(row[2]).doubleValue());
            values.get(code).put(Indicator.LABOUR_FREED, number(row[3]).doubleValue() * 1_000 / people);
            for (Indicator indicator : List.of(Indicator.BREADTH, Indicator.COLLABORATION, Indicator.LABOUR_FREED)) {
                observations.get(code).put(indicator, count);
            }
        }
        for (String code : values.keySet()) {
            for (Indicator indicator : List.of(Indicator.BREADTH, Indicator.COLLABORATION, Indicator.LABOUR_FREED)) {
                values.get(code).putIfAbsent(indicator, 0.0);
            }
        }
    }

    /** The median days from approval to a solution's first use (pilot or beyond) in the area, over the solutions used there by the day. */
    private void diffusion(LocalDate end, Map<String, Map<Indicator, Double>> values, Map<String, Map<Indicator, Integer>> observations) {
        String firsts = "SELECT a.region_code, a.solution_id, MIN(p.entered_on) first_day FROM adoption_stage p JOIN adoption a ON a.id = p.adoption_id "
                + "WHERE p.stage IN ('PILOT', 'IMPLEMENTATION', 'OPERATION') AND p.entered_on <= ?1 GROUP BY a.region_code, a.solution_id";
        String median = "SELECT DISTINCT m.code, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY DATEDIFF(m.first_day, s.first_approved_on)) OVER (PARTITION BY m.code), "
                + "COUNT(*) OVER (PARTITION BY m.code) FROM (%s) m JOIN solution s ON s.id = m.solution_id";
        List<Object[]> rows = new ArrayList<>(rows(median.formatted("SELECT r.code, f.solution_id, MIN(f.first_day) first_day FROM (" + firsts
                + ") f JOIN region r ON f.region_code = r.code OR f.region_code IS NULL GROUP BY r.code, f.solution_id"), end));
        rows.addAll(rows(median.formatted("SELECT 'DK' code, f.solution_id, MIN(f.first_day) first_day FROM (" + firsts + ") f GROUP BY f.solution_id"), end));
        for (Object[] row : rows) {
            if (values.containsKey((String) row[0])) {
                values.get((String) row[0]).put(Indicator.DIFFUSION_SPEED, number(row[1]).doubleValue());
                observations.get((String) row[0]).put(Indicator.DIFFUSION_SPEED, number(row[2]).intValue());
            }
        }
    }

    /** The share of tender value published in the four quarters up to this one that was procured for innovation, by the lead buyer's region. */
    private void procurement(Quarter quarter, Map<String, Map<Indicator, Double>> values, Map<String, Map<Indicator, Integer>> observations) {
        String friendly = Arrays.stream(Procedure.values()).filter(Procedure::isInnovationFriendly).map(p -> "'" + p.name() + "'").collect(Collectors.joining(", "));
        String sql = "SELECT COALESCE(o.region_code, 'none'), SUM(t.estimated_value), "
                + "SUM(CASE WHEN t.procedure_type IN (" + friendly + ") OR q.quality >= 0.5 THEN t.estimated_value ELSE 0 END), COUNT(*) "
                + "FROM tender t JOIN organisation o ON o.id = t.lead_buyer_id LEFT JOIN (SELECT tender_id, "
                + "SUM(CASE WHEN kind IN ('QUALITY', 'LABOUR_SAVING') THEN weight ELSE 0 END) / SUM(weight) quality FROM tender_criterion GROUP BY tender_id) q "
                + "ON q.tender_id = t.id WHERE t.published_at >= ?1 AND t.published_at < ?2 AND t.status <> 'CANCELLED' AND t.estimated_value > 0 "
                + "GROUP BY o.region_code WITH ROLLUP";
        for (Object[] row : rows(sql, quarter.minus(3).firstDay(), quarter.lastDay().plusDays(1))) {
            String code = row[0] == null ? AreaMeasurement.NATIONAL : (String) row[0];
            if (values.containsKey(code)) {
                values.get(code).put(Indicator.INNOVATION_PROCUREMENT, 100 * number(row[2]).doubleValue() / number(row[1]).doubleValue());
                observations.get(code).put(Indicator.INNOVATION_PROCUREMENT, number(row[3]).intValue());
            }
        }
    }

    /**
     * Coverage of each region by each solution in use (implementation or beyond) anywhere on the day:
     * all of it through a region-wide or national adoption, else the adopters' populations, capped.
     * Regions: the average coverage by the solutions for at-risk and vulnerable segments. Nationally:
     * how evenly the regions' average coverage by all solutions is spread (100 × (1 − Gini)).
     */
    private void equality(LocalDate end, Map<String, Map<Indicator, Double>> values, Map<String, Map<Indicator, Integer>> observations) {
        String inUse = "SELECT a.solution_id, a.region_code, a.region_wide, a.population_covered FROM adoption_stage p JOIN adoption a ON a.id = p.adoption_id "
                + "WHERE p.stage IN ('IMPLEMENTATION', 'OPERATION') AND " + ON_DAY;
        String sql = "WITH in_use AS (" + inUse + "), "
                + "covered AS (SELECT solution_id, region_code, MAX(region_wide) wide, SUM(COALESCE(population_covered, 0)) people FROM in_use "
                + "WHERE region_code IS NOT NULL GROUP BY solution_id, region_code), "
                + "national AS (SELECT DISTINCT solution_id FROM in_use WHERE region_code IS NULL AND region_wide), "
                + "used AS (SELECT DISTINCT u.solution_id, (SELECT COUNT(*) FROM solution s JOIN solution_revision_segment g ON g.revision_id = s.approved_revision_id "
                + "WHERE s.id = u.solution_id AND g.segment IN (" + SEGMENTS_AT_RISK + ")) > 0 at_risk FROM in_use u), "
                + "shares AS (SELECT r.code, u.at_risk, CASE WHEN n.solution_id IS NOT NULL OR c.wide THEN 1 "
                // "* 1e0": a floating-point share; integer division would be a DECIMAL of four places
                + "ELSE LEAST(1, COALESCE(c.people, 0) * 1e0 / r.population) END share FROM used u CROSS JOIN region r "
                + "LEFT JOIN covered c ON c.solution_id = u.solution_id AND c.region_code = r.code LEFT JOIN national n ON n.solution_id = u.solution_id) "
                + "SELECT code, AVG(share), AVG(CASE WHEN at_risk THEN share END), SUM(at_risk) FROM shares GROUP BY code";
        List<Double> coverage = new ArrayList<>();
        for (Object[] row : rows(sql, end)) {
            String code = (String) row[0];
            coverage.add(number(row[1]).doubleValue());
            if (row[2] != null) {
                values.get(code).put(Indicator.EQUALITY, 100 * number(row[2]).doubleValue());
            }
            observations.get(code).put(Indicator.EQUALITY, number(row[3]).intValue());
        }
        if (!coverage.isEmpty()) {
            values.get(AreaMeasurement.NATIONAL).put(Indicator.EQUALITY, 100 * (1 - gini(coverage)));
            observations.get(AreaMeasurement.NATIONAL).put(Indicator.EQUALITY, coverage.size());
        }
    }

    /** The solutions in use (implementation or beyond) in the most regions on the day, national ones first, then by hours saved. */
    public List<IndexReport.ScalingSolution> widestSpread(LocalDate end, int limit) {
        String sql = "SELECT a.solution_id, MAX(v.name), COUNT(DISTINCT a.region_code), MAX(a.region_code IS NULL AND a.region_wide) national, "
                + "SUM(COALESCE(a.hours_saved_per_year, 0)) hours FROM adoption_stage p JOIN adoption a ON a.id = p.adoption_id "
                + "JOIN solution s ON s.id = a.solution_id JOIN solution_revision v ON v.id = s.approved_revision_id "
                + "WHERE p.stage IN ('IMPLEMENTATION', 'OPERATION') AND " + ON_DAY
                + " GROUP BY a.solution_id ORDER BY national DESC, COUNT(DISTINCT a.region_code) DESC, hours DESC, a.solution_id LIMIT " + limit;
        return rows(sql, end).stream().map(r -> new IndexReport.ScalingSolution(number(r[0]).longValue(), (String) r[1],
                number(r[3]).intValue() > 0 ? 5 : number(r[2]).intValue(), number(r[3]).intValue() > 0, number(r[4]).longValue())).toList();
    }

    /** The Gini coefficient: 0 when all are equal, towards 1 when one has it all. */
    static double gini(List<Double> shares) {
        double mean = shares.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (mean == 0) {
            return 0;
        }
        double differences = 0;
        for (double a : shares) {
            for (double b : shares) {
                differences += Math.abs(a - b);
            }
        }
        return differences / (2.0 * shares.size() * shares.size() * mean);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            query.setParameter(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
        }
        return query.getResultList();
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }
}
