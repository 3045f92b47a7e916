package dk.healthmarket.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Full-text search on the real WAR: kept in step with committed changes only, visible as allowed, rebuilt while answering. */
class SearchApiIT extends DeployedApi {

    private Tendering people;
    private String complete;

    @BeforeEach
    void people() {
        people = new Tendering(api, database);
        complete = SolutionApiIT.completeDocumentation(LocalDate.ofInstant(people.serverTime(), ZoneId.of("Europe/Copenhagen")));
    }

    private Api.Answer search(String query, String... headers) {
        return api.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), headers);
    }

    /** Searches until the answer satisfies the condition, as a person refreshing the page would; the index follows within a second or two. */
    private JsonObject awaitSearch(String query, Predicate<JsonObject> condition, String... headers) throws InterruptedException {
        return awaitAnswer("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), condition, headers);
    }

    private JsonObject awaitAnswer(String path, Predicate<JsonObject> condition, String... headers) throws InterruptedException {
        JsonObject last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            last = api.get(path, headers).json();
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never answered as expected: " + last);
    }

    /** The "in use in region" facet: each region's code with how many of the found solutions are used there. */
    private static Map<String, Integer> adoptedIn(JsonObject result) {
        var facet = result.getJsonObject("facets").getJsonArray("adoptedIn");
        return facet == null ? Map.of() : facet.stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(f -> f.getString("value"), f -> f.getInt("count")));
    }

    private static List<String> names(JsonObject result) {
        return result.getJsonArray("items").stream().map(h -> h.asJsonObject().getString("name")).toList();
    }

    private String approved(String name, String[] company, String[] reviewer) {
        return people.approvedSolution(SolutionApiIT.solution(name, complete), company, reviewer);
    }

    @Test
    void solutionsInUseAreFoundByTheRegionsThatUseThemAndRankByHowManyOrganisationsDo() throws Exception {
        String[] company = people.supplier("Fyrtårn ApS", "produkt@fyrtaarn.example.dk");
        String[] reviewer = people.reviewer("udbredelse@center.example.dk");
        String alfa = approved("Fyrtårn Alfa", company, reviewer);
        String beta = approved("Fyrtårn Beta", company, reviewer);
        String today = LocalDate.ofInstant(people.serverTime(), ZoneId.of("Europe/Copenhagen")).toString();
        String[] midt = people.buyer("Region Midtjylland", "fyrtaarn@rm.example.dk");
        String[] sjaelland = people.buyer("Region Sjælland", "fyrtaarn@rsj.example.dk");
        String pilot = "{\"stage\":\"PILOT\",\"on\":\"" + today + "\"}";
        for (var adoption : List.of(api.post(beta + "/adoptions", pilot, midt), api.post(beta + "/adoptions", pilot, sjaelland),
                api.post(alfa + "/adoptions", pilot, sjaelland))) {
            assertEquals(201, adoption.status(), adoption.toString());
        }

        String query = "/api/v1/search?type=SOLUTION&q=fyrt%C3%A5rn";
        // the three adoptions are indexed as they commit: wait until all are, then Beta, used by two, ranks first
        JsonObject ranked = awaitAnswer(query + "&sort=MOST_ADOPTED", r -> adoptedIn(r).equals(Map.of("DK-85", 2, "DK-82", 1)));
        assertEquals(List.of("Fyrtårn Beta", "Fyrtårn Alfa"), names(ranked), ranked.toString());
        assertEquals(List.of("Fyrtårn Beta"), names(api.get(query + "&adoptedIn=DK-82").json()), "only Beta is used in Midtjylland");
        assertEquals(0, api.get(query + "&adoptedIn=DK-81").json().getInt("total"), "neither is used in Nordjylland");
    }

    @Test
    void aCommittedChangeIsFoundAndEachViewerFindsWhatTheyMaySee() throws Exception {
        String[] company = people.supplier("Søgbar ApS", "produkt@soegbar.example.dk");
        String[] stranger = people.supplier("Anden Løsning ApS", "produkt@andenloesning.example.dk");
        String[] reviewer = people.reviewer("bedoemmer@center.example.dk");
        var created = api.post("/api/v1/solutions", SolutionApiIT.solution("Zebrafinke", complete), company);
        String path = "/api/v1/solutions/" + created.json().getJsonNumber("id");

        awaitSearch("zebrafinke", r -> names(r).contains("Zebrafinke"), company);
        assertEquals(0, search("zebrafinke").json().getInt("total"), "a draft is not public");
        assertEquals(0, search("zebrafinke", stranger).json().getInt("total"));
        assertEquals(0, search("zebrafinke", reviewer).json().getInt("total"), "nor a reviewer's before it is submitted");
        assertEquals(200, api.post(path + "/submit", null, company).status());
        awaitSearch("zebrafinke", r -> names(r).contains("Zebrafinke"), reviewer);
        String decide = path + "/reviews/" + api.post(path + "/reviews", null, reviewer).json().getJsonNumber("id") + "/decision";
        assertEquals(200, api.post(decide, SolutionApiIT.decision("APPROVED", "MEETS", null), reviewer).status());
        JsonObject found = awaitSearch("zebrafinke", r -> r.getInt("total") == 1);
        JsonObject hit = found.getJsonArray("items").getJsonObject(0);
        assertEquals(path, hit.getString("href"));
        assertTrue(found.getJsonObject("facets").getJsonArray("category").toString().contains("REMOTE_PATIENT_MONITORING"), found.toString());

        var next = api.put(path, SolutionApiIT.solution("Zebrafinke Plus", complete), Api.with(company, "If-Match", api.get(path, company).header("ETag").orElseThrow()));
        assertEquals(200, next.status());
        awaitSearch("zebrafinke", r -> names(r).equals(List.of("Zebrafinke Plus")), company);
        assertEquals(List.of("Zebrafinke"), names(search("zebrafinke").json()), "the public still finds the approved edition");
        assertEquals(List.of("Zebrafinke"), names(search("zebrafinke", reviewer).json()), "the next edition is still a draft");
    }

    @Test
    void aRolledBackChangeNeverAppearsAndTheIndexerMovesPastItsGap() throws Exception {
        String[] company = people.supplier("Rulletilbage ApS", "produkt@rulletilbage.example.dk");
        String[] reviewer = people.reviewer("bedoemmer@center.example.dk");
        String path = approved("Tilbagerulning", company, reviewer);
        String id = path.substring(path.lastIndexOf('/') + 1);
        awaitSearch("tilbagerulning", r -> r.getInt("total") == 1);

        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.executeUpdate("update solution_revision set name = 'Spøgelsesnavn' where solution_id = " + id);
            sql.executeUpdate("insert into search_outbox (document_type, document_id, created_at) values ('SOLUTION', '" + id + "', now(6))");
            connection.rollback();
        }
        String[] later = people.supplier("Efterfølger ApS", "produkt@efterfoelger.example.dk");
        api.post("/api/v1/solutions", SolutionApiIT.solution("Efterfølger", complete), later);
        awaitSearch("efterfølger", r -> r.getInt("total") == 1, later);
        long outbox = Long.parseLong(database.single("select max(id) from search_outbox"));
        for (int attempt = 0; attempt < 60 && api.get("/api/v1/search/status").json().getJsonNumber("cursor").longValue() < outbox; attempt++) {
            Thread.sleep(100);
        }
        assertEquals(outbox, api.get("/api/v1/search/status").json().getJsonNumber("cursor").longValue(), "the cursor moved past the rolled-back id");
        assertEquals(0, search("spøgelsesnavn", reviewer).json().getInt("total"));
        assertEquals(List.of("Tilbagerulning"), names(search("tilbagerulning").json()));
    }

    @Test
    void aRebuildSwapsInANewIndexWhileSearchesKeepBeingAnswered() throws Exception {
        String[] company = approvedAndFound("Genopbygning", "Genopbyg ApS", "produkt@genopbyg.example.dk");
        Api.assertProblem(api.post("/api/v1/search/rebuild", null, company), 403, null);
        long audited = Long.parseLong(database.single("select count(*) from audit_entry where action = 'search.rebuildStarted'"));

        ExecutorService searchers = Executors.newFixedThreadPool(4);
        List<Future<List<Integer>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Callable<List<Integer>> searching = () -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int q = 0; q < 60; q++) {
                        var answer = search("genopbygning");
                        statuses.add(answer.status() == 200 && answer.json().getInt("total") == 1 ? 200 : -answer.status());
                    }
                    return statuses;
                };
                answers.add(searchers.submit(searching));
            }
            var started = api.post("/api/v1/search/rebuild", null, people.admin());
            assertEquals(202, started.status(), started.toString());
            awaitRebuilt();
            for (Future<List<Integer>> answer : answers) {
                assertTrue(answer.get().stream().allMatch(s -> s == 200), "every search during the rebuild found the solution: " + answer.get());
            }
        } finally {
            searchers.shutdownNow();
        }
        assertTrue(api.get("/api/v1/search/status").json().getJsonNumber("rebuiltDocuments").longValue() > 0);
        assertEquals(1, search("genopbygning").json().getInt("total"), "the rebuilt index finds it");
        assertNull(api.get("/api/v1/search/status").json().getString("rebuildFailure", null), "the rebuild succeeded");
        assertEquals(String.valueOf(audited + 1), database.single("select count(*) from audit_entry where action = 'search.rebuildStarted'"));
    }

    @Test
    void aRebuildThatFailsSaysWhyWhileTheLiveIndexKeepsAnsweringAndTheNextOneSucceeds() throws Exception {
        approvedAndFound("Fejlsikring", "Fejlsikker ApS", "produkt@fejlsikker.example.dk");
        api.post("/api/v1/test/broken-search-pages?broken=true", null);
        try {
            assertEquals(202, api.post("/api/v1/search/rebuild", null, people.admin()).status());
            JsonObject failed = awaitRebuilt();
            assertTrue(failed.getString("rebuildFailure", "").contains("a page the test broke"), failed.toString());
            assertEquals(1, search("fejlsikring").json().getInt("total"), "the live index still answers");
        } finally {
            api.post("/api/v1/test/broken-search-pages?broken=false", null);
        }
        assertEquals(202, api.post("/api/v1/search/rebuild", null, people.admin()).status());
        JsonObject rebuilt = awaitRebuilt();
        assertNull(rebuilt.getString("rebuildFailure", null), rebuilt.toString());
        assertEquals(1, search("fejlsikring").json().getInt("total"), "the rebuilt index finds it");
    }

    /** A company's solution, approved and found by the public; answers the company's credentials. */
    private String[] approvedAndFound(String name, String companyName, String email) throws Exception {
        String[] company = people.supplier(companyName, email);
        approved(name, company, people.reviewer("bedoemmer@center.example.dk"));
        awaitSearch(name.toLowerCase(java.util.Locale.ROOT), r -> r.getInt("total") == 1);
        return company;
    }

    private JsonObject awaitRebuilt() throws InterruptedException {
        for (int attempt = 0; attempt < 100 && api.get("/api/v1/search/status").json().getBoolean("rebuilding"); attempt++) {
            Thread.sleep(100);
        }
        JsonObject status = api.get("/api/v1/search/status").json();
        assertFalse(status.getBoolean("rebuilding"), status.toString());
        return status;
    }

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheUnlessTheClientAsksForAFreshAnswer() throws Exception {
        String[] company = people.supplier("Gentaget ApS", "gentaget@gentaget.example.dk");
        String query = "telemedicin hjertesvigt";
        JsonObject asked = search(query).json();
        boolean reused = false;
        // a change committed between the two searches (another test's, still being indexed) rightly starts a new cache: try again
        for (int attempt = 0; attempt < 5 && !reused; attempt++) {
            JsonObject before = cache();
            JsonObject again = search(query).json();
            reused = cache().getJsonNumber("hits").longValue() == before.getJsonNumber("hits").longValue() + 1;
            assertEquals(asked.getJsonNumber("total"), again.getJsonNumber("total"));
        }
        assertTrue(reused, "the second search was answered from the cache: " + cache());

        JsonObject before = cache();
        assertEquals(200, search(query, "Cache-Control", "max-age=0, No-Cache").status());
        assertEquals(200, search(query, company).status());
        JsonObject after = cache();
        assertEquals(before.getJsonNumber("hits"), after.getJsonNumber("hits"), "no-cache, and another viewer, are answered anew");
        assertEquals(before.getJsonNumber("misses").longValue() + 2, after.getJsonNumber("misses").longValue());
    }

    private JsonObject cache() {
        return api.get("/api/v1/search/status").json().getJsonObject("cache");
    }

    @Test
    void synonymsFacetsSuggestionsSimilarAndBadQueries() throws Exception {
        String[] company = people.supplier("Synonym ApS", "produkt@synonym.example.dk");
        String[] reviewer = people.reviewer("bedoemmer@center.example.dk");
        String path = approved("Lungeguide", company, reviewer);
        approved("Lungeguide Kommune", company, reviewer);
        awaitSearch("lungeguide", r -> r.getInt("total") == 2);
        assertTrue(names(search("COPD lungeguide").json()).contains("Lungeguide"), "KOL in the text is found by COPD");
        JsonObject narrowed = api.get("/api/v1/search?q=lungeguide&type=SOLUTION&condition=COPD&condition=DIABETES&sort=NEWEST").json();
        assertEquals(2, narrowed.getInt("total"), narrowed.toString());
        assertTrue(api.get("/api/v1/search/suggest?q=lungeg").body().contains("Lungeguide"));
        var similar = api.get(path + "/similar");
        assertEquals(200, similar.status());
        assertTrue(similar.body().contains("Lungeguide Kommune") && !similar.body().contains("\"Lungeguide\""), similar.body());
        JsonObject misspelled = search("lungguide").json();
        assertEquals("lungeguide", misspelled.getString("didYouMean", ""), misspelled.toString());

        Api.assertProblem(search("\"lungeguide"), 400, "q");
        Api.assertProblem(search("*guide"), 400, "q");
        Api.assertProblem(api.get("/api/v1/search?q=x&type=BANANA"), 400, null);
        Api.assertProblem(api.get("/api/v1/search?q=x&size=1000"), 400, null);
        Api.assertProblem(api.get("/api/v1/search?q=x&page=2147483647&size=100"), 400, "page");
        Api.assertProblem(api.get("/api/v1/solutions?page=30000000&size=100"), 400, "page");
        Api.assertProblem(api.get("/api/v1/search?q=x&deadline=SOMEDAY"), 400, null);
        assertEquals(200, api.get("/api/v1/search?q=x&deadline=WITHIN_7_DAYS&type=TENDER").status());
        assertEquals(0, api.get("/api/v1/search?q=qqxqq&category=REHABILITATION").json().getInt("total"), "nothing found, with a facet chosen");
        JsonValue health = api.get("/health/ready").json().getJsonArray("checks").stream()
                .filter(c -> c.asJsonObject().getString("name").equals("search-index")).findFirst().orElseThrow();
        assertEquals("UP", health.asJsonObject().getString("status"));
    }
}
