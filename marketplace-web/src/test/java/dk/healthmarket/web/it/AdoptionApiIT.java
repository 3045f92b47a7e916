package dk.healthmarket.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Adoptions, scaling and the innovation index on the real WAR against MariaDB. */
class AdoptionApiIT extends DeployedApi {

    private static String stage(String stage, LocalDate on, String reason) {
        return "{\"stage\":\"" + stage + "\",\"on\":\"" + on + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    private String[] ifMatch(String[] bearer, long version) {
        return new String[] {bearer[0], bearer[1], "If-Match", "\"" + version + "\""};
    }

    @Test
    void aBuyerRecordsAndAdvancesItsAdoptionAReviewerVerifiesAndTheSolutionScales() throws Exception {
        Tendering people = new Tendering(api, database);
        LocalDate today = LocalDate.ofInstant(people.serverTime(), ZoneId.of("Europe/Copenhagen"));
        String[] company = people.supplier("Spredning ApS", "produkt@spredning.example.dk");
        String[] reviewer = people.reviewer("indeks@center.example.dk");
        String[] region = people.buyer("Region Midtjylland", "innovation@rm.example.dk");
        String solution = people.approvedSolution(SolutionApiIT.solution("Hjemmemonitorering til KOL", SolutionApiIT.completeDocumentation(today)), company, reviewer);

        Api.assertProblem(api.post(solution + "/adoptions", stage("PILOT", today, null), company), 403, null);
        Api.assertProblem(api.post(solution + "/adoptions", stage("PILOT", today.plusDays(1), null), region), 400, "on");
        Api.assertProblem(api.post(solution + "/adoptions", stage("PILOT", today.minusDays(1), null), region), 400, "on");
        Api.assertProblem(api.post(solution + "/adoptions", "{\"stage\":\"SOON\",\"on\":\"" + today + "\"}", region), 400, null);
        Api.assertProblem(api.post(solution + "/adoptions", stage("DISCONTINUED", today, null), region), 400, "stage");
        Api.assertProblem(api.post("/api/v1/solutions/999999/adoptions", stage("PILOT", today, null), region), 404, null);
        var recorded = api.post(solution + "/adoptions", stage("PILOT", today, null), region);
        assertEquals(201, recorded.status(), recorded.toString());
        String adoption = "/api/v1/adoptions/" + recorded.json().getJsonNumber("id");
        assertTrue(recorded.json().getBoolean("regionWide"), "a region adopts for its whole population");
        Api.assertProblem(api.post(solution + "/adoptions", stage("PILOT", today, null), region), 409, null);

        long version = recorded.json().getJsonNumber("version").longValue();
        var operating = api.send("PATCH", adoption, "application/json", "{\"stage\":\"OPERATION\",\"on\":\"" + today + "\",\"figures\":{\"hoursSavedPerYear\":4000}}",
                ifMatch(region, version));
        assertEquals(200, operating.status(), operating.toString());
        Api.assertProblem(api.send("PATCH", adoption, "application/json", stage("PILOT", today, null), ifMatch(region, version)), 412, null);
        version = operating.json().getJsonNumber("version").longValue();
        Api.assertProblem(api.send("PATCH", adoption, "application/json", stage("PILOT", today, null), ifMatch(region, version)), 400, "reason");
        Api.assertProblem(api.send("PATCH", adoption, "application/json", stage("PILOT", today, "x".repeat(2001)), ifMatch(region, version)), 400, "reason");
        Api.assertProblem(api.send("PATCH", adoption, "application/json", stage("PILOT", today, null), ifMatch(company, version)), 403, null);
        Api.assertProblem(api.send("PATCH", adoption, "application/json", "{\"figures\":{\"enrolled\":-3}}", ifMatch(region, version)), 400, "enrolled");
        Api.assertProblem(api.send("PATCH", adoption, "application/json", "{\"verified\":true}", ifMatch(region, version)), 403, null);
        var verified = api.send("PATCH", adoption, "application/json", "{\"verified\":true}", ifMatch(reviewer, version));
        assertEquals(200, verified.status(), verified.toString());
        assertEquals("indeks@center.example.dk", verified.json().getString("verifiedBy"));
        assertEquals(2, verified.json().getJsonArray("history").size(), "pilot, then operation: " + verified);

        var scaling = api.get(solution + "/scaling").json();
        assertEquals("REGIONAL", scaling.getString("stage"), scaling.toString());
        assertEquals(1, scaling.getJsonArray("regions").size());
        assertEquals(4000, scaling.getJsonNumber("hoursSavedPerYear").intValue());
        assertEquals(0, scaling.getJsonArray("stages").getJsonObject(0).getJsonNumber("daysAfterApproval").intValue());
        assertEquals(1, api.get(solution + "/adoptions").structure().asJsonArray().size(), "the adoptions of an approved solution are public");

        // the reach records whom the approved revision serves; a new approval for other people changes it
        String id = solution.substring(solution.lastIndexOf('/') + 1);
        assertEquals("1", database.single("select min(at_risk) from solution_reach where solution_id = " + id), "complex chronic disease is at risk");
        String forTheSelfReliant = SolutionApiIT.solution("Hjemmemonitorering til KOL", SolutionApiIT.completeDocumentation(today))
                .replace("COMPLEX_CHRONIC_DISEASE", "SELF_RELIANT");
        assertEquals(200, api.put(solution, forTheSelfReliant, Api.with(company, "If-Match", api.get(solution, company).header("ETag").orElseThrow())).status());
        assertEquals(200, api.post(solution + "/submit", null, company).status());
        String decide = solution + "/reviews/" + api.post(solution + "/reviews", null, reviewer).json().getJsonNumber("id") + "/decision";
        assertEquals(200, api.post(decide, SolutionApiIT.decision("APPROVED", "MEETS", null), reviewer).status());
        assertEquals("0", database.single("select max(at_risk) from solution_reach where solution_id = " + id), "the self-reliant are not");
    }

    @Test
    void theIndexIsLiveForReviewersAndFrozenOncePublished() throws Exception {
        Tendering people = new Tendering(api, database);
        LocalDate today = LocalDate.ofInstant(people.serverTime(), ZoneId.of("Europe/Copenhagen"));
        String[] reviewer = people.reviewer("kvartal@center.example.dk");
        String[] buyer = people.buyer("Region Sjælland", "indeks@rsj.example.dk");
        String current = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        LocalDate previousDay = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).minusDays(1);
        String previous = previousDay.getYear() + "-Q" + ((previousDay.getMonthValue() - 1) / 3 + 1);

        Api.assertProblem(api.get("/api/v1/innovation-index?period=" + previous), 404, null);
        Api.assertProblem(api.get("/api/v1/innovation-index?period=2026-Q5", reviewer), 400, "period");
        Api.assertProblem(api.get("/api/v1/innovation-index?period=2999-Q1", reviewer), 400, "period");
        var live = api.get("/api/v1/innovation-index?period=" + current, reviewer);
        assertEquals(200, live.status(), live.toString());
        assertFalse(live.json().getBoolean("published"));
        assertEquals(5, live.json().getJsonArray("regions").size());
        assertEquals(6, live.json().getJsonObject("national").getJsonArray("indicators").size());
        assertTrue(live.json().getJsonObject("sensitivity").getJsonArray("scenarios").size() >= 8, live.toString());

        Api.assertProblem(api.post("/api/v1/innovation-index/snapshots", "{\"period\":\"" + current + "\"}", reviewer), 409, "period");
        Api.assertProblem(api.post("/api/v1/innovation-index/snapshots", "{\"period\":\"" + previous + "\"}", buyer), 403, null);
        Api.assertProblem(api.post("/api/v1/innovation-index/snapshots", "{\"period\":\"last\"}", reviewer), 400, "period");
        var published = api.post("/api/v1/innovation-index/snapshots", "{\"period\":\"" + previous + "\"}", reviewer);
        assertEquals(201, published.status(), published.toString());
        Api.assertProblem(api.post("/api/v1/innovation-index/snapshots", "{\"period\":\"" + previous + "\"}", reviewer), 409, "period");

        String before = api.get("/api/v1/innovation-index?period=" + previous).body();
        String[] company = people.supplier("Frossen ApS", "produkt@frossen.example.dk");
        String later = people.approvedSolution(SolutionApiIT.solution("Faldalarm", SolutionApiIT.completeDocumentation(today)), company, reviewer);
        assertEquals(201, api.post(later + "/adoptions", stage("OPERATION", today, null), buyer).status());
        assertEquals(before, api.get("/api/v1/innovation-index?period=" + previous).body(), "a published quarter never changes");
        assertTrue(api.get("/api/v1/innovation-index").json().getBoolean("published"), "the public sees the newest published quarter");

        var region = api.get("/api/v1/innovation-index/regions/DK-85?period=" + current, reviewer);
        assertEquals(200, region.status(), region.toString());
        assertTrue(region.json().getJsonObject("score").getJsonArray("indicators").getJsonObject(0).getJsonNumber("raw").doubleValue() > 0,
                "Region Sjælland has a solution in operation: " + region);
        Api.assertProblem(api.get("/api/v1/innovation-index/regions/DK-99?period=" + current, reviewer), 404, null);

        var csv = api.get("/api/v1/innovation-index/export?period=" + previous);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertEquals(1 + 6 * 6, csv.body().split("\r\n").length, "a header and six indicators for five regions and Denmark");
        Api.assertProblem(api.get("/api/v1/innovation-index/export?period=" + previous + "&format=xls"), 400, "format");
        assertEquals(200, api.get("/api/v1/innovation-index/export?period=" + previous + "&format=json").status());
    }

    /**
     * A small data set in a quarter long past, so nothing else in the database falls in it, and
     * every raw indicator counted by hand. Solution 1 (company A, elder care) and 2 (company B, for
     * the self-reliant) were both approved on 1 July 2019; the quarter ends 31 March 2020:
     * <pre>
     * 1 in Nordjylland, region-wide: pilot 10-08-2019 (day 40), operation from 01-10-2019, 5,000 hours
     * 1 in Midtjylland, 136,017 people: implementation from 30-11-2019 (day 152), 1,000 hours
     * 2 in Nordjylland, region-wide: operation from 31-07-2019 (day 30), 3,000 hours
     * 2 in Hovedstaden: pilot from 29-02-2020 (day 243)
     * 2 in Sjælland, region-wide: operation 01-09-2019 (day 62) until it stopped on 15-01-2020
     * </pre>
     */
    @Test
    void theIndicatorsOfAQuarterAreWhatAHandCountGives() throws Exception {
        Tendering people = new Tendering(api, database);
        LocalDate today = LocalDate.ofInstant(people.serverTime(), ZoneId.of("Europe/Copenhagen"));
        String[] reviewer = people.reviewer("haandtal@center.example.dk");
        long one = id(people.approvedSolution(SolutionApiIT.solution("Tællesag Et", SolutionApiIT.completeDocumentation(today)),
                people.supplier("Tælle A ApS", "a@taelle.example.dk"), reviewer));
        long two = id(people.approvedSolution(SolutionApiIT.solution("Tællesag To", SolutionApiIT.completeDocumentation(today)),
                people.supplier("Tælle B ApS", "b@taelle.example.dk"), reviewer));
        segment(one, "ELDER_CARE");
        segment(two, "SELF_RELIANT");
        adopt(one, "DK-81", true, null, 5000, "PILOT", "2019-08-10", "2019-10-01", "OPERATION", "2019-10-01", null);
        adopt(one, "DK-82", false, 136_017, 1000, "IMPLEMENTATION", "2019-11-30", null);
        adopt(two, "DK-81", true, null, 3000, "OPERATION", "2019-07-31", null);
        adopt(two, "DK-84", true, null, null, "PILOT", "2020-02-29", null);
        adopt(two, "DK-85", true, null, 800, "OPERATION", "2019-09-01", "2020-01-15", "DISCONTINUED", "2020-01-15", null);
        // loaded straight into the tables, as a bulk load would: the start-up repair works out both solutions' reach
        assertEquals("2", api.post("/api/v1/test/reach", "", reviewer).body());

        var report = api.get("/api/v1/innovation-index?period=2020-Q1", reviewer);
        assertEquals(200, report.status(), report.toString());
        var json = report.json();
        // Nordjylland, 593,472 inhabitants: both solutions in operation, from two companies, 8,000 hours
        assertRaw(json, "DK-81", "BREADTH", 2 * 100_000 / 593_472.0);
        assertRaw(json, "DK-81", "COLLABORATION", 2);
        assertRaw(json, "DK-81", "LABOUR_FREED", 8_000 * 1_000 / 593_472.0);
        assertRaw(json, "DK-81", "DIFFUSION_SPEED", 35);
        assertRaw(json, "DK-81", "EQUALITY", 100);
        // Midtjylland: nothing in operation; solution 1 reaches a tenth of the region
        assertRaw(json, "DK-82", "BREADTH", 0);
        assertRaw(json, "DK-82", "DIFFUSION_SPEED", 152);
        assertRaw(json, "DK-82", "EQUALITY", 100 * 136_017 / 1_360_167.0);
        // Syddanmark: no use at all
        assertRaw(json, "DK-83", "DIFFUSION_SPEED", null);
        assertRaw(json, "DK-83", "EQUALITY", 0);
        // Hovedstaden: a pilot is first use, not use that reaches the region
        assertRaw(json, "DK-84", "DIFFUSION_SPEED", 243);
        assertRaw(json, "DK-84", "BREADTH", 0);
        // Sjælland: stopped before the quarter ended; its first use still counts for speed
        assertRaw(json, "DK-85", "DIFFUSION_SPEED", 62);
        assertRaw(json, "DK-85", "LABOUR_FREED", 0);
        // Denmark, 5,955,898 inhabitants. Evenness: the regions' average coverage over both solutions is 1, h, 0, 0, 0 with
        // h = 136,017 / 1,360,167 / 2 (just over 0.05); the differences of all ordered pairs sum to 8 + 4h and 2 n² mean is
        // 10 (1 + h), so the Gini coefficient is (8 + 4h) / (10 (1 + h)), 8.2 / 10.5 with h = 0.05
        assertRaw(json, "DK", "BREADTH", 2 * 100_000 / 5_955_898.0);
        assertRaw(json, "DK", "LABOUR_FREED", 8_000 * 1_000 / 5_955_898.0);
        assertRaw(json, "DK", "DIFFUSION_SPEED", 35);
        double h = 136_017 / 1_360_167.0 / 2;
        assertRaw(json, "DK", "EQUALITY", 100 * (1 - (8 + 4 * h) / (10 * (1 + h))));
        assertRaw(json, "DK", "INNOVATION_PROCUREMENT", null);
        // goalposts 720 → 60 days: 35 days is past the best, so diffusion scores 100 in Nordjylland; 152 days scores (720 − 152) / 660
        assertEquals(100, indicator(json, "DK-81", "DIFFUSION_SPEED").getJsonNumber("score").doubleValue(), 1e-9);
        assertEquals(100 * 568 / 660.0, indicator(json, "DK-82", "DIFFUSION_SPEED").getJsonNumber("score").doubleValue(), 1e-9);
    }

    private static long id(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private void segment(long solution, String segment) throws Exception {
        String revision = database.single("select approved_revision_id from solution where id = " + solution);
        database.execute("delete from solution_revision_segment where revision_id = " + revision);
        database.execute("insert into solution_revision_segment (revision_id, segment) values (" + revision + ", '" + segment + "')");
        database.execute("update solution set first_approved_on = '2019-07-01' where id = " + solution);
    }

    /** An adoption as its rows; its stage periods come in threes: stage, day entered, day left (null while it lasts). */
    private void adopt(long solution, String region, boolean wide, Integer population, Integer hours, String... periods) throws Exception {
        String organisation = database.single("select id from organisation where type = 'REGION' and region_code = '" + region + "'");
        database.execute("insert into adoption (version, solution_id, organisation_id, region_code, region_wide, stage, population_covered, "
                + "hours_saved_per_year, source, created_at) values (0, " + solution + ", " + organisation + ", '" + region + "', " + wide + ", '"
                + periods[periods.length - 3] + "', " + population + ", " + hours + ", 'REPORTED', now())");
        String adoption = database.single("select id from adoption where solution_id = " + solution + " and organisation_id = " + organisation);
        for (int i = 0; i < periods.length; i += 3) {
            database.execute("insert into adoption_stage (adoption_id, stage, entered_on, left_on, changed_by, changed_at) values (" + adoption + ", '"
                    + periods[i] + "', '" + periods[i + 1] + "', " + (periods[i + 2] == null ? "null" : "'" + periods[i + 2] + "'") + ", 'test', now())");
        }
    }

    private static JsonObject indicator(JsonObject report, String area, String indicator) {
        var score = area.equals("DK") ? report.getJsonObject("national")
                : report.getJsonArray("regions").stream().map(JsonValue::asJsonObject).filter(r -> r.getString("code").equals(area)).findFirst().orElseThrow();
        return score.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("indicator").equals(indicator)).findFirst().orElseThrow();
    }

    private static void assertRaw(JsonObject report, String area, String indicator, Number expected) {
        var found = indicator(report, area, indicator);
        if (expected == null) {
            assertTrue(!found.containsKey("raw") || found.isNull("raw"), area + " " + indicator + ": " + found);
        } else {
            assertEquals(expected.doubleValue(), found.getJsonNumber("raw").doubleValue(), 1e-6, area + " " + indicator + ": " + found);
        }
    }
}
