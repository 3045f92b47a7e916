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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Measures the indicators for a quarter straight from the database, each as an aggregating query:
 * the database does the counting, whatever the number of adoptions. Adoption indicators read the
 * solutions' reach ({@code solution_reach}, one span per solution and area on any day, a national
 * adoption counted in every region) rather than every adoption's stage history.
 */
@ApplicationScoped
public class IndicatorMeasurements {

    /** The reach spans that include the day. */
    private static final String ON_DAY = "r.from_on <= ?1 AND r.until_on > ?1";
    /** The row of an area the reach has nothing for: every figure null, read as 0. */
    private static final Object[] NOTHING = new Object[9];
    private static final List<Indicator> IN_OPERATION = List.of(Indicator.BREADTH, Indicator.COLLABORATION, Indicator.LABOUR_FREED);

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

        reach(end, regions, values, observations, population);
        diffusion(end, values, observations);
        procurement(quarter, values, observations);

        List<AreaMeasurement> areas = new ArrayList<>();
        for (Region region : regions) {
            areas.add(new AreaMeasurement(region.code(), region.name(), region.population(), values.get(region.code()), observations.get(region.code())));
        }
        areas.add(new AreaMeasurement(AreaMeasurement.NATIONAL, "Danmark", population.get(AreaMeasurement.NATIONAL),
                values.get(AreaMeasurement.NATIONAL), observations.get(AreaMeasurement.NATIONAL)));
        return areas;
    }

    /** One pass over the reach on the day, per area: the figures of what is in operation, and of what is in real use. */
    private void reach(LocalDate end, List<Region> regions, Map<String, Map<Indicator, Double>> values,
            Map<String, Map<Indicator, Integer>> observations, Map<String, Long> population) {
        String sql = "SELECT r.area_code, SUM(r.operating > 0), COUNT(DISTINCT CASE WHEN r.operating > 0 THEN r.company_id END), "
                + "SUM(r.operating_hours), SUM(r.operating), SUM(r.in_use), SUM(r.in_use AND r.at_risk), "
                + "SUM(r.in_use_share), SUM(CASE WHEN r.at_risk THEN r.in_use_share END) FROM solution_reach r "
                + "WHERE " + ON_DAY + " GROUP BY r.area_code";
        Map<String, Object[]> byArea = rows(sql, end).stream().collect(Collectors.toMap(row -> (String) row[0], row -> row));
        for (String code : values.keySet()) {
            inOperation(byArea.getOrDefault(code, NOTHING), population.get(code), values.get(code), observations.get(code));
        }
        equality(byArea, regions, values, observations);
    }

    /** Breadth, labour freed and collaboration: what is in operation in the area. */
    private static void inOperation(Object[] area, long people, Map<Indicator, Double> values, Map<Indicator, Integer> observations) {
        values.put(Indicator.BREADTH, number(area[1]).doubleValue() * 100_000 / people);
        values.put(Indicator.COLLABORATION, number(area[2]).doubleValue());
        values.put(Indicator.LABOUR_FREED, number(area[3]).doubleValue() * 1_000 / people);
        IN_OPERATION.forEach(indicator -> observations.put(indicator, number(area[4]).intValue()));
    }

    /**
     * The coverage of each region by each solution in real use anywhere: all of it through a
     * region-wide or national adoption, else the adopters' populations, capped. Regions: the average
     * coverage by the solutions for at-risk and vulnerable segments. Nationally: how evenly the
     * regions' average coverage by all solutions is spread (100 × (1 − Gini)).
     */
    private static void equality(Map<String, Object[]> byArea, List<Region> regions, Map<String, Map<Indicator, Double>> values,
            Map<String, Map<Indicator, Integer>> observations) {
        Object[] denmark = byArea.getOrDefault(AreaMeasurement.NATIONAL, NOTHING);
        long used = number(denmark[5]).longValue();
        int usedAtRisk = number(denmark[6]).intValue();
        if (used == 0) {
            return;
        }
        List<Double> coverage = new ArrayList<>();
        for (Region region : regions) {
            Object[] area = byArea.getOrDefault(region.code(), NOTHING);
            coverage.add(number(area[7]).doubleValue() / used);
            if (usedAtRisk > 0) {
                values.get(region.code()).put(Indicator.EQUALITY, 100 * number(area[8]).doubleValue() / usedAtRisk);
            }
            observations.get(region.code()).put(Indicator.EQUALITY, usedAtRisk);
        }
        values.get(AreaMeasurement.NATIONAL).put(Indicator.EQUALITY, 100 * (1 - gini(coverage)));
        observations.get(AreaMeasurement.NATIONAL).put(Indicator.EQUALITY, coverage.size());
    }

    /**
     * The median days from approval to a solution's first use (pilot or beyond) in the area, over the
     * solutions used there by the day. The database counts the solutions per number of days; the
     * median is read off those counts.
     */
    private void diffusion(LocalDate end, Map<String, Map<Indicator, Double>> values, Map<String, Map<Indicator, Integer>> observations) {
        Map<String, TreeMap<Integer, Long>> days = new HashMap<>();
        for (Object[] row : rows("SELECT r.area_code, r.days_to_first_use, COUNT(*) FROM solution_reach r WHERE " + ON_DAY
                + " GROUP BY r.area_code, r.days_to_first_use", end)) {
            days.computeIfAbsent((String) row[0], code -> new TreeMap<>()).put(number(row[1]).intValue(), number(row[2]).longValue());
        }
        days.forEach((code, counts) -> {
            if (values.containsKey(code)) {
                values.get(code).put(Indicator.DIFFUSION_SPEED, median(counts));
                observations.get(code).put(Indicator.DIFFUSION_SPEED, (int) counts.values().stream().mapToLong(Long::longValue).sum());
            }
        });
    }

    /** The median of values given as how many times each occurs: the middle one, or the mean of the middle two. */
    static double median(SortedMap<Integer, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long lower = (total - 1) / 2;
        long upper = total / 2;
        Integer below = null;
        long seen = 0;
        for (var entry : counts.entrySet()) {
            seen += entry.getValue();
            if (below == null && seen > lower) {
                below = entry.getKey();
            }
            if (seen > upper) {
                return (below + entry.getKey()) / 2.0;
            }
        }
        throw new IllegalArgumentException("no values");
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

    /** The solutions in use (implementation or beyond) in the most regions on the day, national ones first, then by hours saved. */
    public List<IndexReport.ScalingSolution> widestSpread(LocalDate end, int limit) {
        // the names are looked up for the few at the top only
        String sql = "SELECT t.solution_id, v.name, t.regions_in_use, t.in_use_wide, t.in_use_hours FROM (SELECT r.solution_id, r.regions_in_use, "
                + "r.in_use_wide, r.in_use_hours FROM solution_reach r WHERE r.area_code = 'DK' AND r.in_use AND " + ON_DAY
                + " ORDER BY r.in_use_wide DESC, r.regions_in_use DESC, r.in_use_hours DESC, r.solution_id LIMIT " + limit + ") t "
                + "JOIN solution s ON s.id = t.solution_id JOIN solution_revision v ON v.id = s.approved_revision_id "
                + "ORDER BY t.in_use_wide DESC, t.regions_in_use DESC, t.in_use_hours DESC, t.solution_id";
        return rows(sql, end).stream().map(r -> new IndexReport.ScalingSolution(number(r[0]).longValue(), (String) r[1],
                flag(r[3]) ? 5 : number(r[2]).intValue(), flag(r[3]), number(r[4]).longValue())).toList();
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

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : number(value).intValue() != 0;
    }
}
