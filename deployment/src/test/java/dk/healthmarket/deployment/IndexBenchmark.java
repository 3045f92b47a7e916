package dk.healthmarket.deployment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The innovation index benchmark: one program, one run, figures printed. It starts the portal with
 * the demo data (embedded MariaDB), multiplies the approved demo solutions to the target count with
 * set-based SQL, gives each ten adoptions in different organisations, each in one stage entered on
 * a day spread evenly between the solution's approval and today, restarts the portal so that it
 * works out every solution's reach from those adoptions (as after a bulk load), and times the live
 * computation of the current quarter through the REST API (all six indicators for five regions and
 * Denmark, the composite and the sensitivity scenarios). The baseline is the same computation on a tenth
 * of the data, measured in the same run, so the ratio shows how it scales.
 *
 * <p>Run it with {@code deployment/benchmark.sh index [solutions] [adoptions per solution]}.
 */
public final class IndexBenchmark {

    // HTTP/1.1: over HTTP/2 Payara closes a connection that is silent for 30 seconds, a long computation included
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String ADMIN = "bench-admin@example.dk";
    private static final String PASSWORD = "Benchmark-Password-2026";
    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        int solutions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perSolution = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.setProperty("portal.jar", Path.of("deployment/target/marketplace.jar").toAbsolutePath().toString());
        WorkFolder.run("index-benchmark", work -> run(work, solutions, perSolution));
    }

    private static void run(Path work, int solutions, int perSolution) throws Exception {
        int dbPort = Portal.freePort();
        String url = "jdbc:mariadb://127.0.0.1:" + dbPort + "/marketplace";
        try (Portal portal = new Portal(work.resolve("portal-data"), Map.of("MARKETPLACE_EMBEDDED_DB_PORT", String.valueOf(dbPort),
                "MARKETPLACE_ADMIN_EMAIL", ADMIN, "MARKETPLACE_ADMIN_PASSWORD", PASSWORD, "MARKETPLACE_DEMO", "true"))) {
            portal.start();
            String quarter = currentQuarter(LocalDate.now());
            List<String> lines = new ArrayList<>();
            double baseline = 0;
            for (int target : List.of(solutions / 10, solutions)) {
                long adoptions;
                long approved;
                try (Connection db = DriverManager.getConnection(url, "marketplace", "embedded")) {
                    long generating = System.nanoTime();
                    grow(db, target, perSolution);
                    adoptions = count(db, "SELECT COUNT(*) FROM adoption");
                    approved = count(db, "SELECT COUNT(*) FROM solution WHERE first_approved_on IS NOT NULL");
                    System.out.printf("generated %,d approved solutions and %,d adoptions in %.1f s%n", approved, adoptions, (System.nanoTime() - generating) / 1e9);
                }
                // loaded straight into the tables: a restart works out every solution's reach, as after a bulk load
                portal.stop();
                portal.start();
                String repaired = portal.logText().lines().filter(line -> line.contains("Reach of ")).reduce((first, last) -> last).orElse("no reach worked out");
                System.out.println("restarted in " + portal.readyMillis() / 1000 + " s; " + repaired.substring(Math.max(0, repaired.indexOf("Reach of "))));
                sizeLikeAServer(url);
                String token = SearchBenchmark.token(portal, ADMIN, PASSWORD);
                long asked = System.nanoTime();
                try {
                    double median = medianSeconds(portal, token, quarter);
                    baseline = baseline == 0 ? median : baseline;
                    lines.add(String.format("| %,d | %,d | %.2f s | %.1f× |", approved, adoptions, median, median / baseline));
                } catch (java.io.IOException | IllegalStateException failed) {
                    lines.add(String.format("| %,d | %,d | no answer after %.0f s (%s) | |", approved, adoptions, (System.nanoTime() - asked) / 1e9, failed.getMessage()));
                }
                System.out.println(lines.get(lines.size() - 1));
            }
            System.out.println();
            System.out.println("| approved solutions | adoptions | index for " + quarter + " (median of " + RUNS + ") | against a tenth |");
            System.out.println("|---|---|---|---|");
            lines.forEach(System.out::println);
        }
    }

    /**
     * The embedded MariaDB starts with the server defaults, a 128 MB buffer pool and 16 MB in-memory
     * temporary tables, made for the demo; a million adoptions do not fit. A production server is
     * given memory, so the benchmark gives the embedded one 1 GB and 256 MB the same way.
     */
    private static void sizeLikeAServer(String url) {
        try (Connection root = DriverManager.getConnection(url, "root", ""); Statement sql = root.createStatement()) {
            sql.execute("SET GLOBAL innodb_buffer_pool_size = 1073741824");
            sql.execute("SET GLOBAL tmp_table_size = 268435456");
            sql.execute("SET GLOBAL max_heap_table_size = 268435456");
            System.out.println("embedded MariaDB: 1 GB buffer pool, 256 MB in-memory temporary tables");
        } catch (Exception refused) {
            System.out.println("embedded MariaDB keeps its defaults (" + refused.getMessage() + ")");
        }
    }

    /** Copies approved solutions until there are {@code target}, then gives every solution its adoptions, all set-based. */
    private static void grow(Connection db, int target, int perSolution) throws Exception {
        try (Statement sql = db.createStatement()) {
            long have = count(db, "SELECT COUNT(*) FROM solution WHERE first_approved_on IS NOT NULL");
            String columns = columnsOf(db, "solution");
            while (have < target) {
                long add = Math.min(have, target - have);
                sql.executeUpdate("INSERT INTO solution (" + columns + ") SELECT " + columns + " FROM solution WHERE first_approved_on IS NOT NULL LIMIT " + add);
                have += add;
            }
            sql.executeUpdate("CREATE TEMPORARY TABLE IF NOT EXISTS buyer_pick (n INT PRIMARY KEY, organisation_id BIGINT, region_code VARCHAR(10), wide BOOLEAN)");
            sql.executeUpdate("DELETE FROM buyer_pick");
            sql.executeUpdate("INSERT INTO buyer_pick SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id, region_code, type = 'REGION' FROM organisation "
                    + "WHERE type IN ('REGION','MUNICIPALITY','HOSPITAL','GENERAL_PRACTICE','HEALTH_COMMUNITY') AND region_code IS NOT NULL");
            long buyers = count(db, "SELECT COUNT(*) FROM buyer_pick");
            // ten different organisations per solution; stages spread over two years after approval
            sql.executeUpdate("INSERT IGNORE INTO adoption (version, solution_id, organisation_id, region_code, region_wide, stage, population_covered, "
                    + "enrolled, hours_saved_per_year, source, created_at) "
                    + "SELECT 0, s.id, b.organisation_id, b.region_code, b.wide, ELT(1 + (s.id + k.seq) % 4, 'PILOT','IMPLEMENTATION','OPERATION','DISCONTINUED'), "
                    + "IF(b.wide, NULL, 5000 + (s.id * 7 + k.seq) % 90000), 100 + (s.id + k.seq) % 900, (s.id + k.seq) % 3000, 'REPORTED', NOW() "
                    + "FROM solution s JOIN seq_1_to_" + perSolution + " k JOIN buyer_pick b ON b.n = (s.id * 3 + k.seq) % " + buyers
                    + " WHERE s.first_approved_on IS NOT NULL");
            sql.executeUpdate("INSERT INTO adoption_stage (adoption_id, stage, entered_on, left_on, changed_by, changed_at) "
                    + "SELECT a.id, a.stage, s.first_approved_on + INTERVAL (a.id % GREATEST(1, DATEDIFF(CURDATE(), s.first_approved_on))) DAY, NULL, 'benchmark', NOW() "
                    + "FROM adoption a JOIN solution s ON s.id = a.solution_id "
                    + "WHERE NOT EXISTS (SELECT 1 FROM adoption_stage p WHERE p.adoption_id = a.id)");
            sql.executeUpdate("DELETE FROM solution_reach");
            sql.execute("ANALYZE TABLE adoption, adoption_stage, solution");
        }
    }

    private static double medianSeconds(Portal portal, String token, String quarter) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            long started = System.nanoTime();
            var answer = HTTP.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/v1/innovation-index?period=" + quarter))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the index answered " + answer.statusCode() + ": " + answer.body());
            }
            if (run > 0) {
                seconds.add((System.nanoTime() - started) / 1e9);
            }
        }
        seconds.sort(Double::compare);
        return seconds.get(seconds.size() / 2);
    }

    /** This quarter: never published, so computed live each time (the demo publishes the quarters before it). */
    private static String currentQuarter(LocalDate today) {
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    private static String columnsOf(Connection db, String table) throws Exception {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) "
                + "FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = '" + table + "' AND column_name <> 'id'")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long count(Connection db, String query) throws Exception {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
