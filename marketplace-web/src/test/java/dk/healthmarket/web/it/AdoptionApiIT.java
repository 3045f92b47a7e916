package dk.healthmarket.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
