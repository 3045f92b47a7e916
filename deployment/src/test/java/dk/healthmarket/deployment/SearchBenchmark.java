package dk.healthmarket.deployment;

import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchIndex;
import dk.healthmarket.search.SearchQuery;
import dk.healthmarket.search.SearchSort;
import dk.healthmarket.search.Viewer;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The search benchmark: one program, one run, figures printed. It generates a corpus (default
 * 100,000 solutions and 20,000 tenders), starts the portal as users start it (embedded MariaDB, the
 * JVM's default heap), loads the corpus into its database and lets it index, and sends the same
 * stream of searches to (1) Lucene in process through the search-index API, (2) the portal's REST
 * endpoint and (3) MariaDB's own FULLTEXT index on the same texts, at concurrency 1 and 8. The
 * stream draws from 5,000 distinct searches, a few asked often and most seldom; every engine is
 * asked for the same page of ten and is warmed up until it answers at a steady pace. Lucene and
 * REST run the stream twice, once answering repeats from the index's cache (the hit rate is
 * printed) and once computing every answer. A last REST run asks one search over and over, always
 * answered from the cache: the floor that a request through Payara costs on this machine, whatever
 * the search. Before those runs it rebuilds the portal's index while searches, every one computed,
 * keep running; after them it measures commit-to-searchable.
 *
 * <p>Run it with {@code deployment/benchmark.sh [solutions] [tenders]}.
 */
public final class SearchBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ADMIN = "bench-admin@example.dk";
    private static final String PASSWORD = "Benchmark-Password-2026";

    private static final String FULLTEXT = "MariaDB FULLTEXT";
    private static final String FULLTEXT_COUNTED = "MariaDB FULLTEXT + counts";

    private static final String LUCENE = "Lucene in process";
    private static final String LUCENE_COMPUTED = "Lucene, every answer computed";
    private static final String REST = "REST on the portal";
    private static final String REST_COMPUTED = "REST, every answer computed";
    private static final String REST_FLOOR = "REST, one search, from the cache";
    private static final int DISTINCT_SEARCHES = 5_000;
    /** Every engine is asked for the same page of ten: the portal's API would otherwise give its default of twenty. */
    private static final int PAGE_SIZE = 10;
    /**
     * The warm-up runs in rounds of this length, at least {@code MIN_WARM_UP_ROUNDS} (the answers
     * cache fills meanwhile), until the last {@code STEADY_ROUNDS} are about as fast as each other.
     */
    private static final Duration WARM_UP_ROUND = Duration.ofSeconds(5);
    private static final int MIN_WARM_UP_ROUNDS = 12;
    private static final int MAX_WARM_UP_ROUNDS = 24;
    private static final int STEADY_ROUNDS = 3;

    /** One engine's figures at one concurrency; the share of searches answered from a cache, or NaN where there is none. */
    private record Figures(String engine, int concurrency, double p50, double p99, double throughput, double hitRate) {
    }

    private interface Engine {
        void query(BenchmarkCorpus.Query query) throws Exception;
    }

    /** A cache's searches answered from it and computed, so far. */
    private interface CacheCount {
        long[] hitsAndMisses() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int solutions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int tenders = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        System.setProperty("portal.jar", Path.of("deployment/target/marketplace.jar").toAbsolutePath().toString());
        WorkFolder.run("search-benchmark", work -> run(work, solutions, tenders));
    }

    private static void run(Path work, int solutions, int tenders) throws Exception {
        List<BenchmarkCorpus.Item> corpus = BenchmarkCorpus.generate(solutions, tenders);
        List<BenchmarkCorpus.Query> queries = BenchmarkCorpus.searches(DISTINCT_SEARCHES);
        System.out.printf("corpus: %,d solutions, %,d tenders; searches drawn from %,d distinct ones (Zipf, exponent 1); machine: %d cores%n",
                solutions, tenders, queries.size(), Runtime.getRuntime().availableProcessors());

        List<Figures> figures = new ArrayList<>();
        Path lucene = work.resolve("in-process");
        long built = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(lucene)) {
            corpus.forEach(item -> index.put(item.document()));
            index.compact(); // as the portal's rebuild leaves its index
            index.commit(corpus.size());
            System.out.printf("in-process index of %,d documents built in %.1f s, %.1f MB%n", corpus.size(), seconds(built), megabytes(lucene));
            CacheCount counted = () -> new long[] {index.cacheStats().hits(), index.cacheStats().misses()};
            figures.addAll(measure(LUCENE, q -> index.search(inProcess(q)), queries, counted));
            figures.addAll(measure(LUCENE_COMPUTED, q -> index.searchAfresh(inProcess(q)), queries, null));
        }

        int dbPort = Portal.freePort();
        try (Portal portal = new Portal(work.resolve("portal-data"), Map.of("MARKETPLACE_EMBEDDED_DB_PORT", String.valueOf(dbPort),
                "MARKETPLACE_ADMIN_EMAIL", ADMIN, "MARKETPLACE_ADMIN_PASSWORD", PASSWORD))) {
            portal.jvmOptions().start(); // as users run it: the JVM's default heap
            String url = "jdbc:mariadb://127.0.0.1:" + dbPort + "/marketplace";
            try (Connection db = DriverManager.getConnection(url, "marketplace", "embedded")) {
                long loaded = System.nanoTime();
                load(db, corpus);
                System.out.printf("corpus loaded into MariaDB (rows, outbox and a FULLTEXT table) in %.1f s%n", seconds(loaded));
                long indexed = System.nanoTime();
                awaitIndexed(portal);
                System.out.printf("the portal indexed the %,d outbox entries in %.1f s%n", corpus.size(), seconds(indexed));
                // first, so that the searches below meet the index as a start-up build or a rebuild leaves it
                rebuildWhileSearching(portal, queries, 0);
                rebuildWhileSearching(portal, queries, 5);

                CacheCount counted = () -> {
                    String status = portal.get("/api/v1/search/status").body();
                    return new long[] {number(status, "hits"), number(status, "misses")};
                };
                figures.addAll(measure(REST, q -> rest(portal, q, false), queries, counted));
                figures.addAll(measure(REST_COMPUTED, q -> rest(portal, q, true), queries, null));
                BenchmarkCorpus.Query floor = queries.get(0);
                figures.addAll(measure(REST_FLOOR, q -> rest(portal, floor, false), queries, counted));
                figures.addAll(measure(FULLTEXT, fulltext(url, false), queries, null));
                figures.addAll(measure(FULLTEXT_COUNTED, fulltext(url, true), queries, null));
                commitToSearchable(portal);
                Path search = portal.dataDir.resolve("search");
                Path live = search.resolve(Files.readString(search.resolve("CURRENT")).strip());
                System.out.printf("portal index on disk (the live folder): %.1f MB%n", megabytes(live));
            }
        }
        report(figures);
    }

    static SearchQuery inProcess(BenchmarkCorpus.Query q) {
        return new SearchQuery(q.text(), Optional.ofNullable(q.type()), q.category() == null ? Map.of() : Map.of("category", Set.of(q.category())),
                Set.of(), SearchSort.RELEVANCE, q.page(), PAGE_SIZE, Viewer.ANONYMOUS, Instant.now());
    }

    /** The search through the portal's API, as an anonymous visitor; {@code computed} asks for a fresh answer (Cache-Control: no-cache). */
    private static void rest(Portal portal, BenchmarkCorpus.Query q, boolean computed) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(portal.base() + "/api/v1/search?q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)
                + (q.category() == null ? "" : "&category=" + q.category()) + (q.type() == null ? "" : "&type=" + q.type()) + "&page=" + q.page() + "&size=" + PAGE_SIZE));
        if (computed) {
            request.header("Cache-Control", "no-cache");
        }
        var answer = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("REST answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /** Rows as the portal's own services write them: approved solutions of a hundred companies, published tenders of the regions. */
    private static void load(Connection db, List<BenchmarkCorpus.Item> corpus) throws Exception {
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("create table bench_fulltext (id bigint primary key, type varchar(10), category varchar(40), name varchar(300),"
                    + " summary varchar(500), body text, fulltext (name, summary, body)) engine=InnoDB default charset=utf8mb4");
        }
        List<Long> companies = new ArrayList<>();
        try (PreparedStatement org = db.prepareStatement("insert into organisation (name, type, created_at) values (?, 'COMPANY', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int c = 0; c < 100; c++) {
                org.setString(1, "Benchmark Company " + c);
                org.setTimestamp(2, now);
                org.executeUpdate();
                try (ResultSet key = org.getGeneratedKeys()) {
                    key.next();
                    companies.add(key.getLong(1));
                }
            }
        }
        List<Long> regions = new ArrayList<>();
        try (ResultSet r = db.createStatement().executeQuery("select id from organisation where type = 'REGION'")) {
            while (r.next()) {
                regions.add(r.getLong(1));
            }
        }
        long offset = 1_000_000;
        try (PreparedStatement solution = db.prepareStatement("insert into solution (id, company_id, created_at, changed_at) values (?, ?, ?, ?)");
                PreparedStatement revision = db.prepareStatement("insert into solution_revision (id, solution_id, number, status, name, summary,"
                        + " description, documentation, created_at, submitted_at, decided_at) values (?, ?, 1, 'APPROVED', ?, ?, ?, '{}', ?, ?, ?)");
                PreparedStatement category = db.prepareStatement("insert into solution_revision_category (revision_id, category) values (?, ?)");
                PreparedStatement language = db.prepareStatement("insert into solution_revision_language (revision_id, language) values (?, ?)");
                PreparedStatement tender = db.prepareStatement("insert into tender (id, title, description, lead_buyer_id, procedure_type, status,"
                        + " submission_deadline, created_at, published_at) values (?, ?, ?, ?, 'OPEN', 'PUBLISHED', ?, ?, ?)");
                PreparedStatement cpv = db.prepareStatement("insert into tender_cpv (tender_id, code, main) values (?, '33190000', true)");
                PreparedStatement tenderCategory = db.prepareStatement("insert into tender_category (tender_id, category) values (?, ?)");
                PreparedStatement outbox = db.prepareStatement("insert into search_outbox (document_type, document_id, created_at) values (?, ?, ?)");
                PreparedStatement text = db.prepareStatement("insert into bench_fulltext values (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (BenchmarkCorpus.Item item : corpus) {
                long id = offset + item.id();
                if (item.type() == IndexedType.SOLUTION) {
                    batch(solution, id, companies.get((int) (item.id() % companies.size())), now, now);
                    batch(revision, id, id, item.name(), item.summary(), item.summary() + " " + item.body(), now, now, now);
                    batch(category, id, item.category());
                    batch(language, id, item.language().toUpperCase());
                } else {
                    batch(tender, id, item.name(), item.summary() + " " + item.body(), regions.get((int) (item.id() % regions.size())),
                            Timestamp.from(item.deadline()), now, now);
                    batch(cpv, id);
                    batch(tenderCategory, id, item.category());
                }
                batch(outbox, item.type().name(), String.valueOf(id), now);
                batch(text, (item.type() == IndexedType.SOLUTION ? 0 : 10_000_000L) + id, item.type().name(), item.category(), item.name(),
                        item.summary(), item.body());
                if (++n % 2_000 == 0) {
                    flush(db, solution, revision, category, language, tender, cpv, tenderCategory, outbox, text);
                }
            }
            flush(db, solution, revision, category, language, tender, cpv, tenderCategory, outbox, text);
        }
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("update solution set working_revision_id = id, approved_revision_id = id where id > " + offset);
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static void batch(PreparedStatement statement, Object... values) throws Exception {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    private static void flush(Connection db, PreparedStatement... statements) throws Exception {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    /**
     * MariaDB's FULLTEXT index on the same texts. With {@code counted}, it also gives what the
     * portal's answer gives besides the ten best: how many match, per category (the one facet the
     * FULLTEXT table holds), in a second statement as SQL would.
     */
    private static Engine fulltext(String url, boolean counted) {
        // a connection per search under way, kept for the next: each run has threads of its own, and
        // a connection per thread would outnumber the server's 151 in the warm-up's rounds
        BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
        String matching = " from bench_fulltext where match(name, summary, body) against (? in natural language mode)";
        return q -> {
            Connection db = idle.poll();
            if (db == null) {
                db = DriverManager.getConnection(url, "marketplace", "embedded");
            }
            try {
                search(db, matching, counted, q);
            } finally {
                idle.add(db);
            }
        };
    }

    private static void search(Connection db, String matching, boolean counted, BenchmarkCorpus.Query q) throws Exception {
        String words = q.text().replace("\"", "");
        String narrowed = matching + (q.type() == null ? "" : " and type = '" + q.type() + "'") + (q.category() == null ? "" : " and category = ?");
        read(db, "select id, match(name, summary, body) against (? in natural language mode) as score" + narrowed
                + " order by score desc limit " + PAGE_SIZE + " offset " + PAGE_SIZE * (q.page() - 1), words, words, q.category());
        if (counted) {
            read(db, "select category, count(*)" + narrowed + " group by category", words, q.category());
        }
    }

    /** Runs a statement and reads every row; null values at the end are left out (an absent category). */
    private static void read(Connection db, String sql, String... values) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length && values[i] != null; i++) {
                statement.setString(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }

    /**
     * Warms the engine up until it answers at a steady pace, then runs the stream at concurrency 1
     * and 8; with a cache count, the share of each run's searches answered from the cache.
     */
    private static List<Figures> measure(String name, Engine engine, List<BenchmarkCorpus.Query> queries, CacheCount cache) throws Exception {
        warmUp(name, engine, queries);
        List<Figures> figures = new ArrayList<>();
        for (int concurrency : new int[] {1, 8}) {
            figures.add(run(name, engine, queries, cache, concurrency, Duration.ofSeconds(15)));
        }
        return figures;
    }

    /**
     * Runs the stream at concurrency 8 in rounds, at least a minute, until the last three rounds'
     * throughputs are within 5 % of each other. The portal compiles its hot paths for a minute or
     * more under load, and its pace climbs in steps: two rounds alike were often a step on the way,
     * and a run measured from there answered at half the pace it reached a minute later.
     */
    private static void warmUp(String name, Engine engine, List<BenchmarkCorpus.Query> queries) throws Exception {
        List<Double> rounds = new ArrayList<>();
        for (int round = 1; round <= MAX_WARM_UP_ROUNDS; round++) {
            rounds.add(timed(engine, queries, 8, WARM_UP_ROUND, -100 * round).throughput());
            List<Double> last = lastRounds(rounds);
            double slowest = Collections.min(last);
            if (round >= MIN_WARM_UP_ROUNDS && Collections.max(last) - slowest <= 0.05 * slowest) {
                System.out.printf("  %-30s warmed up in %d s (last rounds %s queries/s)%n", name, round * WARM_UP_ROUND.toSeconds(), paces(last));
                return;
            }
        }
        System.out.printf("  %-30s not steady after %d s of warm-up (last rounds %s queries/s)%n", name,
                MAX_WARM_UP_ROUNDS * WARM_UP_ROUND.toSeconds(), paces(lastRounds(rounds)));
    }

    /** The throughputs of the last rounds that must agree, or of all so far while there are fewer. */
    private static List<Double> lastRounds(List<Double> rounds) {
        return rounds.subList(Math.max(0, rounds.size() - STEADY_ROUNDS), rounds.size());
    }

    private static String paces(List<Double> throughputs) {
        return throughputs.stream().map(t -> String.format("%.0f", t)).collect(Collectors.joining(", "));
    }

    /** Runs the stream on {@code concurrency} threads, each its own arrivals, for a while; latencies of every search, throughput over the whole. */
    private static Figures run(String name, Engine engine, List<BenchmarkCorpus.Query> queries, CacheCount cache, int concurrency, Duration duration)
            throws Exception {
        long[] before = cache == null ? null : cache.hitsAndMisses();
        Timed timed = timed(engine, queries, concurrency, duration, 0);
        double hitRate = Double.NaN;
        if (cache != null) {
            long[] after = cache.hitsAndMisses();
            long hits = after[0] - before[0];
            hitRate = (double) hits / (hits + after[1] - before[1]);
        }
        List<Long> all = timed.latencies();
        Figures f = new Figures(name, concurrency, percentile(all, 0.50), percentile(all, 0.99), timed.throughput(), hitRate);
        System.out.printf("  %-30s concurrency %d: p50 %6.2f ms  p99 %7.2f ms  %8.1f queries/s%s%n", name, concurrency, f.p50(), f.p99(),
                f.throughput(), cache == null ? "" : String.format("  %.0f %% from the cache", 100 * hitRate));
        return f;
    }

    /** Every search's latency, sorted, and the searches per second over the whole run. */
    private record Timed(List<Long> latencies, double throughput) {
    }

    /** The stream on {@code concurrency} threads for a while, thread t drawing its arrivals with seed {@code firstSeed + t}. */
    private static Timed timed(Engine engine, List<BenchmarkCorpus.Query> queries, int concurrency, Duration duration, int firstSeed) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            BenchmarkCorpus.Arrivals arrivals = new BenchmarkCorpus.Arrivals(queries, firstSeed + t);
            results.add(threads.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    BenchmarkCorpus.Query q = arrivals.next();
                    long start = System.nanoTime();
                    engine.query(q);
                    latencies.add(System.nanoTime() - start);
                }
                return latencies.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<Long> all = new ArrayList<>();
        try {
            for (Future<long[]> result : results) {
                Arrays.stream(result.get()).forEach(all::add);
            }
        } finally {
            threads.shutdownNow(); // a failed search ends the run, and no thread is left behind to keep the program alive
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        all.sort(Long::compare);
        return new Timed(all, all.size() / elapsed);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static void awaitIndexed(Portal portal) throws Exception {
        while (true) {
            String status = portal.get("/api/v1/search/status").body();
            if (number(status, "cursor") >= number(status, "outbox") && !status.contains("\"rebuilding\":true")) {
                return;
            }
            Thread.sleep(200);
        }
    }

    /**
     * A full rebuild through the API while four threads keep searching, either as fast as they
     * are answered or each at a steady pace ({@code perThreadPerSecond}, 0 for flat out); every
     * search is computed, none answered from the cache, and must be answered. Prints the
     * rebuild's time and the searches' latencies meanwhile.
     */
    private static void rebuildWhileSearching(Portal portal, List<BenchmarkCorpus.Query> queries, int perThreadPerSecond) throws Exception {
        String token = token(portal, ADMIN, PASSWORD);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger failed = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService searchers = Executors.newFixedThreadPool(4);
        long pace = perThreadPerSecond == 0 ? 0 : 1_000_000_000L / perThreadPerSecond;
        for (int t = 0; t < 4; t++) {
            BenchmarkCorpus.Arrivals arrivals = new BenchmarkCorpus.Arrivals(queries, 100 + t);
            searchers.submit(() -> {
                long next = System.nanoTime();
                while (running.get()) {
                    long before = System.nanoTime();
                    try {
                        rest(portal, arrivals.next(), true);
                    } catch (IllegalStateException notAnswered) {
                        failed.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - before);
                    next += pace;
                    Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                }
                return null;
            });
        }
        long started = System.nanoTime();
        var answer = HTTP.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/v1/search/rebuild")).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("rebuild answered " + answer.statusCode() + ": " + answer.body());
        }
        Thread.sleep(500);
        awaitIndexed(portal);
        double took = seconds(started);
        running.set(false);
        String status = portal.get("/api/v1/search/status").body();
        if (status.contains("rebuildFailure")) {
            throw new IllegalStateException("the rebuild failed: " + status);
        }
        searchers.shutdown();
        searchers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(Long::compare);
        System.out.printf("rebuild of the portal's index through the API, four threads searching %s: %.1f s; %,d searches answered meanwhile"
                + " (p50 %.1f ms, p99 %.1f ms), %d failed%n", pace == 0 ? "flat out" : "at " + 4 * perThreadPerSecond + " searches/s", took,
                sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.99), failed.get());
    }

    /** From a committed change through the API to the moment a search finds it, twenty times. */
    private static void commitToSearchable(Portal portal) throws Exception {
        String email = "bench-supplier@example.dk";
        HTTP.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/v1/companies")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"companyName\":\"Benchmark Leverandør ApS\",\"cvr\":\"29000018\",\"contactName\":\"B\","
                        + "\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        String token = token(portal, email, PASSWORD);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String word = "kvarkelse" + (char) ('a' + i) + "x";
            String draft = "{\"name\":\"" + word + "\",\"summary\":\"Måling af forsinkelse\",\"description\":\"Benchmark\",\"languages\":[\"DA\"]}";
            var created = HTTP.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/v1/solutions")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(draft)).build(), HttpResponse.BodyHandlers.ofString());
            long committed = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("creating answered " + created.statusCode() + ": " + created.body());
            }
            while (true) {
                var found = HTTP.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/v1/search?q=" + word)).header("Authorization", "Bearer " + token)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (number(found.body(), "total") > 0) {
                    delays.add((System.nanoTime() - committed) / 1_000_000);
                    break;
                }
                Thread.sleep(5);
            }
        }
        delays.sort(Long::compare);
        System.out.printf("commit to searchable (20 changes through the API): median %d ms, max %d ms%n", delays.get(10), delays.get(19));
    }

    static String token(Portal portal, String email, String password) throws Exception {
        var answer = HTTP.send(HttpRequest.newBuilder(URI.create(portal.base() + "/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + answer.body());
        }
        return m.group(1);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static void report(List<Figures> figures) {
        System.out.println();
        System.out.println("| engine | concurrency | p50 ms | p99 ms | queries/s | from the cache |");
        System.out.println("|---|---|---|---|---|---|");
        figures.forEach(f -> System.out.printf("| %s | %d | %.2f | %.2f | %.0f | %s |%n", f.engine(), f.concurrency(), f.p50(), f.p99(), f.throughput(),
                Double.isNaN(f.hitRate()) ? "–" : String.format("%.0f %%", 100 * f.hitRate())));
        Figures maria8 = find(figures, FULLTEXT, 8);
        Figures counted8 = find(figures, FULLTEXT_COUNTED, 8);
        for (String[] pair : new String[][] {{REST, LUCENE}, {REST_COMPUTED, LUCENE_COMPUTED}}) {
            Figures rest8 = find(figures, pair[0], 8);
            System.out.printf("%nat concurrency 8, %s: / MariaDB FULLTEXT throughput %.1f× (target ≥ 20×), %.1f× against FULLTEXT with counts;"
                    + " / %s %.2f (target ≥ 0.33); p99 %.1f ms (target ≤ 15 ms)%n", pair[0], rest8.throughput() / maria8.throughput(),
                    rest8.throughput() / counted8.throughput(), pair[1], rest8.throughput() / find(figures, pair[1], 8).throughput(), rest8.p99());
        }
        Figures floor8 = find(figures, REST_FLOOR, 8);
        System.out.printf("%nthe floor at concurrency 8, one search answered from the cache every time: p50 %.1f ms, p99 %.1f ms, %.0f queries/s%n",
                floor8.p50(), floor8.p99(), floor8.throughput());
    }

    private static Figures find(List<Figures> figures, String engine, int concurrency) {
        return figures.stream().filter(f -> f.engine().equals(engine) && f.concurrency() == concurrency).findFirst().orElseThrow();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** The files of an index folder; a merge may be writing and deleting files meanwhile, and a file gone is not counted. */
    private static double megabytes(Path folder) {
        File[] files = folder.toFile().listFiles();
        return files == null ? 0 : Arrays.stream(files).filter(File::isFile).mapToLong(File::length).sum() / 1e6;
    }

    private SearchBenchmark() {
    }
}
