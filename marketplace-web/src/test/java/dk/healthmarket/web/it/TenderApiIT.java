package dk.healthmarket.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.healthmarket.account.Caller;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Joint tenders through REST on the real WAR: drafts, publication, cancellation and closing at the deadline. */
class TenderApiIT extends DeployedApi {

    private Tendering tendering;

    @BeforeEach
    void tendering() {
        tendering = new Tendering(api, database);
    }

    @Test
    void aBuyerDraftsAndPublishesATenderThePublicThenSees() throws Exception {
        String[] buyer = tendering.buyer("Region Midtjylland", "indkoeb@rm.example.dk");
        Instant now = tendering.serverTime();
        var created = api.post("/api/v1/tenders", tendering.tender("Hjemmemonitorering af KOL-patienter", "33190000", now.plus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(20)), 60, 40), buyer);
        assertEquals(201, created.status(), created.toString());
        JsonObject draft = created.json();
        String path = "/api/v1/tenders/" + draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(List.of("TELEMEDICINE_HOME_TREATMENT"), draft.getJsonArray("categories").getValuesAs(JsonString::getString));
        assertEquals(2, draft.getJsonArray("populationSegments").size());
        assertEquals("Region Midtjylland", draft.getJsonObject("leadBuyer").getString("name"));
        assertEquals("Region Nordjylland", draft.getJsonArray("participants").getJsonObject(0).getJsonObject("buyer").getString("name"));

        assertEquals(404, api.get(path).status(), "a draft is invisible to the public");
        Api.assertProblem(api.get(path + "/ocds"), 404, null);
        assertEquals(404, api.get(path, tendering.buyer("Region Sjælland", "indkoeb@rsj.example.dk")).status(), "and to other buyers");

        var tooSoon = api.post(path + "/publish", null, buyer);
        Api.assertProblem(tooSoon, 400, "submissionDeadline");
        assertEquals("DRAFT", database.single("select status from tender where id = " + draft.getJsonNumber("id")));

        String etag = api.get(path, buyer).header("ETag").orElseThrow();
        var rescheduled = api.put(path, tendering.tender("Hjemmemonitorering af KOL-patienter", "33190000", now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(35)), 60, 40), Api.with(buyer, "If-Match", etag));
        assertEquals(200, rescheduled.status(), rescheduled.toString());

        var published = api.post(path + "/publish", null, buyer);
        assertEquals(200, published.status(), published.toString());
        assertEquals("PUBLISHED", published.json().getString("status"));
        assertEquals(200, api.get(path).status());
        assertTrue(api.get("/api/v1/tenders?cpvDivision=33&size=100").body().contains("Hjemmemonitorering af KOL-patienter"));

        var amended = api.post(path + "/amendments", "{\"summary\":\"Delaftale 2 omfatter også oplæring.\",\"tender\":"
                + tendering.tender("Hjemmemonitorering af KOL-patienter", "33190000", now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(36)), 60, 40) + "}",
                Api.with(buyer, "If-Match", published.header("ETag").orElse("\"" + published.json().get("version") + "\"")));
        assertEquals(200, amended.status(), amended.toString());
        var corrigendum = api.get(path).json().getJsonArray("amendments").getJsonObject(0);
        assertEquals(1, corrigendum.getInt("number"));
        assertEquals("Delaftale 2 omfatter også oplæring.", corrigendum.getString("summary"));
        var longest = api.post(path + "/amendments", "{\"summary\":\"" + "Præcisering af kravspecifikationen. ".repeat(111) + "ø\",\"tender\":"
                + tendering.tender("Hjemmemonitorering af KOL-patienter", "33190000", now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(36)), 60, 40) + "}",
                Api.with(buyer, "If-Match", amended.header("ETag").orElseThrow()));
        assertEquals(200, longest.status(), "a 4,000-character summary fits: " + longest);
        amended = longest;
        assertTrue(database.single("select detail from audit_entry where action = 'tender.amended' order by sequence desc limit 1").endsWith("…"));
        Api.assertProblem(api.post(path + "/amendments", "{\"summary\":\"Uden version\",\"tender\":"
                + tendering.tender("X", "33190000", now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(36)), 60, 40) + "}", buyer), 428, null);

        var ocds = api.get(path + "/ocds");
        OcdsSchema.assertValidPackage(ocds.body());
        var releases = ocds.json().getJsonArray("releases");
        assertEquals(List.of("tender", "tenderAmendment", "tenderAmendment"),
                releases.stream().map(r -> r.asJsonObject().getJsonArray("tag").getString(0)).toList());
        assertEquals(Instant.parse(published.json().getString("publishedAt")),
                Instant.parse(releases.getJsonObject(0).getJsonObject("tender").getJsonObject("tenderPeriod").getString("startDate")));
        assertFalse(releases.getJsonObject(0).getJsonObject("tender").containsKey("amendments"), "a release is never edited afterwards");
        assertEquals(2, releases.getJsonObject(2).getJsonObject("tender").getJsonArray("amendments").size());
        assertEquals("open", releases.getJsonObject(0).getJsonObject("tender").getString("procurementMethod"));
        Api.assertProblem(api.get("/api/v1/tenders/999999/ocds"), 404, null);

        var again = api.post(path + "/publish", null, buyer);
        Api.assertProblem(again, 409, null);
        assertTrue(again.json().getString("detail").contains("PUBLISHED"), again.toString());
        Api.assertProblem(api.put(path, tendering.tender("Ændret", "33190000", now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(35)), 60, 40),
                Api.with(buyer, "If-Match", amended.header("ETag").orElseThrow())), 409, null);
    }

    @Test
    void documentsAreJudgedByTheirContentKeptOutsideTheApplicationAndServedAsAttachments() throws Exception {
        String[] buyer = tendering.buyer("Region Midtjylland", "indkoeb@rm.example.dk");
        Instant now = tendering.serverTime();
        var created = api.post("/api/v1/tenders", tendering.tender("Medicinrobotter", "33190000", now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(35)), 60, 40), buyer);
        String path = "/api/v1/tenders/" + created.json().getJsonNumber("id");
        byte[] pdf = ("%PDF-1.7\n% Kravspecifikation for medicinrobotter\n" + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8);

        var uploaded = api.upload(path + "/documents?fileName=" + URLEncoder.encode("../Bilag 1 Kravspec æøå.exe", StandardCharsets.UTF_8), pdf, buyer);
        assertEquals(201, uploaded.status(), uploaded.toString());
        JsonObject document = uploaded.json();
        assertEquals("Bilag 1 Kravspec æøå.pdf", document.getString("fileName"), "no path, and the extension of what it is");
        assertEquals("application/pdf", document.getString("mediaType"));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals(sha256, document.getString("sha256"));
        assertTrue(Files.exists(TestDatabase.DOCUMENTS.resolve(sha256.substring(0, 2)).resolve(sha256)), "kept by its digest outside the web application");

        String before = database.single("select count(*) from document");
        Api.assertProblem(api.upload(path + "/documents?fileName=kravspec.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, buyer), 400, "file");
        Api.assertProblem(api.upload(path + "/documents?fileName=tom.pdf", new byte[0], buyer), 400, "file");
        byte[] tooLarge = Arrays.copyOf(pdf, TestDatabase.MAX_DOCUMENT_BYTES + 1);
        Api.assertProblem(api.upload(path + "/documents?fileName=stor.pdf", tooLarge, buyer), 400, "file");
        Api.assertProblem(api.upload(path + "/documents?fileName=x.pdf", pdf, tendering.supplier("Upload ApS", "upload@firma.example.dk")), 403, null);
        assertEquals(before, database.single("select count(*) from document"), "nothing refused is recorded");

        assertEquals(200, api.put(path, tendering.tender("Medicinrobotter", "33190000", now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(35)), 60, 40),
                Api.with(buyer, "If-Match", api.get(path, buyer).header("ETag").orElseThrow())).status());
        assertEquals(200, api.post(path + "/publish", null, buyer).status());
        var listed = api.get(path).json().getJsonArray("documents");
        assertEquals(1, listed.size(), "documents outlive edits of the draft and are public with the tender");
        var download = api.download(path + "/documents/" + document.getJsonNumber("id"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        Api.assertProblem(api.upload(path + "/documents?fileName=efter.pdf", pdf, buyer), 409, null);
        Api.assertProblem(api.get(path + "/documents/999999"), 404, null);
    }

    @Test
    void aTenderClosesOnlyAfterItsDeadlineAndOnlyOnce() throws Exception {
        String[] buyer = tendering.buyer("Region Syddanmark", "indkoeb@rsd.example.dk");
        Instant now = tendering.serverTime();
        long id = tendering.publishedTender(buyer, now.plus(Duration.ofDays(31)), now.plus(Duration.ofDays(45)));

        Api.assertProblem(api.post("/api/v1/tenders/" + id + "/close", null, buyer), 409, null);

        api.post("/api/v1/test/clock?seconds=" + Duration.ofDays(46).toSeconds(), null);
        buyer = tendering.buyer("Region Syddanmark", "indkoeb@rsd.example.dk"); // the old token expired with the time that passed
        // eight buyers' closes race each other and the scheduled closing: every one answers CLOSED
        String[] closer = buyer;
        List<Api.Answer> closes = IntStream.range(0, 8).parallel()
                .mapToObj(i -> api.post("/api/v1/tenders/" + id + "/close", null, closer)).toList();
        for (Api.Answer closed : closes) {
            assertEquals(200, closed.status(), closed.toString());
            assertEquals("CLOSED", closed.json().getString("status"));
        }
        assertEquals("1", database.single("select count(*) from audit_entry where action = 'tender.closed' and object_id = '" + id + "'"));
    }

    @Test
    void aTenderClosesByItselfWhenTheClockPassesItsDeadline() throws Exception {
        String[] buyer = tendering.buyer("Region Hovedstaden", "indkoeb@rh.example.dk");
        Instant now = tendering.serverTime();
        long id = tendering.publishedTender(buyer, now.plus(Duration.ofDays(31)), now.plus(Duration.ofDays(45)));
        api.post("/api/v1/test/clock?seconds=" + Duration.ofDays(32).toSeconds(), null);

        // the closing runs every second in the test deployment: wait for it, not for the deadline
        long waitUntil = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String status = "PUBLISHED";
        while (!"CLOSED".equals(status) && System.nanoTime() < waitUntil) {
            Thread.sleep(200);
            status = api.get("/api/v1/tenders/" + id).json().getString("status");
        }
        assertEquals("CLOSED", status);
        assertEquals(Caller.SYSTEM, database.single("select actor from audit_entry where action = 'tender.closed' and object_id = '" + id + "'"));
    }

    @Test
    void badTendersAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String[] buyer = tendering.buyer("Region Hovedstaden", "indkoeb@rh.example.dk");
        Instant now = tendering.serverTime();
        String before = database.single("select count(*) from tender");

        Api.assertProblem(api.post("/api/v1/tenders", tendering.tender("Vægte", "33190000", now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(35)), 60, 30), buyer), 400, "criteria");
        Api.assertProblem(api.post("/api/v1/tenders", tendering.tender("CPV", "99999999", now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(35)), 60, 40), buyer), 400, "mainCpv");
        Api.assertProblem(api.post("/api/v1/tenders", tendering.tender("Ingen titel", "33190000", null, null, 60, 40).replace("\"title\":\"Ingen titel\"", "\"title\":\"\""), buyer), 400, "title");
        Api.assertProblem(api.post("/api/v1/tenders", tendering.tender("Ingen delaftaler", "33190000", null, null, 60, 40).replaceAll("\"lots\":\\[[^\\]]*\\]", "\"lots\":[]"), buyer), 400, "lots");
        long company = Long.parseLong(database.single("select id from organisation where type = 'COMPANY' limit 1"));
        Api.assertProblem(api.post("/api/v1/tenders", tendering.tender("Deltager", "33190000", null, null, 60, 40)
                .replace("\"organisationId\":" + tendering.region("Region Nordjylland"), "\"organisationId\":" + company), buyer), 400, "participants[0].organisationId");
        Api.assertProblem(api.post("/api/v1/tenders", tendering.tender("Delaftale uden titel", "33190000", null, null, 60, 40)
                .replace("\"title\":\"Drift og support\"", "\"title\":\" \""), buyer), 400, "lots[1].title");
        Api.assertProblem(api.post("/api/v1/tenders", tendering.tender("Tom CPV", "33190000", null, null, 60, 40)
                .replace("[\"48180000\"]", "[\"48180000\", \"\"]"), buyer), 400, "additionalCpv[1]");
        Api.assertProblem(api.post("/api/v1/tenders", "{\"title\": ", buyer), 400, null);
        Api.assertProblem(api.post("/api/v1/tenders", tendering.tender("Tom CPV-plads", "33190000", null, null, 60, 40)
                .replace("[\"48180000\"]", "[null]"), buyer), 400, "additionalCpv[0]");
        Api.assertProblem(api.post("/api/v1/tenders", tendering.tender("Tom deltager", "33190000", null, null, 60, 40)
                .replaceFirst("\"participants\":\\[\\{[^]]*\\]", "\"participants\":[null]"), buyer), 400, "participants[0]");
        Api.assertProblem(api.post("/api/v1/tenders", tendering.tender("Ukendt gruppe", "33190000", null, null, 60, 40)
                .replace("\"ELDER_CARE\"", "\"TEENAGERS\""), buyer), 400, null);
        Api.assertProblem(api.post("/api/v1/tenders", tendering.tender("Anonym", "33190000", null, null, 60, 40)), 401, null);
        assertEquals(before, database.single("select count(*) from tender"));
    }

    @Test
    void aCancellationNeedsAPublicReasonAndHappensOnce() throws Exception {
        String[] buyer = tendering.buyer("Region Sjælland", "udbud@rsj.example.dk");
        Instant now = tendering.serverTime();
        long id = tendering.publishedTender(buyer, now.plus(Duration.ofDays(31)), now.plus(Duration.ofDays(45)));
        String path = "/api/v1/tenders/" + id;

        Api.assertProblem(api.post(path + "/cancel", "{\"reason\": \" \"}", buyer), 400, "reason");
        var cancelled = api.post(path + "/cancel", "{\"reason\": \"Behovet er dækket af en eksisterende rammeaftale.\"}", buyer);
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals("Behovet er dækket af en eksisterende rammeaftale.", api.get(path).json().getString("cancellationReason"));
        Api.assertProblem(api.post(path + "/cancel", "{\"reason\": \"igen\"}", buyer), 409, null);
    }

    @Test
    void questionsAreAnsweredInPublicWithoutTheAsker() throws Exception {
        String[] buyer = tendering.buyer("Region Midtjylland", "indkoeb@rm.example.dk");
        Instant now = tendering.serverTime();
        long id = tendering.publishedTender(buyer, now.plus(Duration.ofDays(31)), now.plus(Duration.ofDays(45)));
        String questions = "/api/v1/tenders/" + id + "/questions";
        String[] asker = tendering.supplier("Spørgende Sundhed ApS", "spoerg@sundhed.example.dk");
        String[] other = tendering.supplier("Anden Leverandør ApS", "anden@leverandoer.example.dk");

        var asked = api.post(questions, "{\"question\": \"Skal løsningen understøtte MedCom-hjemmemonitorering?\"}", asker);
        assertEquals(201, asked.status(), asked.toString());
        assertTrue(asked.json().getBoolean("yours"));
        long question = asked.json().getJsonNumber("id").longValue();

        assertEquals(0, api.get(questions).structure().asJsonArray().size(), "unanswered questions are not public");
        assertEquals(0, api.get(questions, other).structure().asJsonArray().size());
        assertEquals(1, api.get(questions, asker).structure().asJsonArray().size(), "the asker sees its own");
        assertEquals(1, api.get(questions, buyer).structure().asJsonArray().size(), "the lead buyer sees all");

        String answer = "{\"answer\": \"Ja, MedCom-standarden for hjemmemonitorering skal understøttes.\"}";
        Api.assertProblem(api.post(questions + "/" + question + "/answer", answer, asker), 403, null);
        Api.assertProblem(api.post(questions + "/" + question + "/answer", answer, tendering.buyer("Region Hovedstaden", "indkoeb@rh.example.dk")), 403, null);
        Api.assertProblem(api.post(questions + "/" + question + "/answer", "{\"answer\": \"\"}", buyer), 400, "answer");
        assertEquals(200, api.post(questions + "/" + question + "/answer", answer, buyer).status());
        Api.assertProblem(api.post(questions + "/" + question + "/answer", answer, buyer), 409, null);

        var published = api.get(questions);
        assertEquals(1, published.structure().asJsonArray().size());
        assertEquals("Ja, MedCom-standarden for hjemmemonitorering skal understøttes.",
                published.structure().asJsonArray().getJsonObject(0).getString("answer"));
        assertFalse(published.body().contains("spoerg@sundhed.example.dk") || published.body().contains("Spørgende Sundhed"), published.body());

        Api.assertProblem(api.post(questions, "{\"question\": \" \"}", asker), 400, "question");
        Api.assertProblem(api.post(questions, "{\"question\": \"Må en indkøber spørge?\"}", buyer), 403, null);
        api.post("/api/v1/test/clock?seconds=" + Duration.ofDays(25).toSeconds(), null);
        var late = api.post(questions, "{\"question\": \"Et spørgsmål for sent?\"}", tendering.supplier("Spørgende Sundhed ApS", "spoerg@sundhed.example.dk"));
        Api.assertProblem(late, 409, null);
        assertEquals("1", database.single("select count(*) from clarification_question where tender_id = " + id));
    }
}
