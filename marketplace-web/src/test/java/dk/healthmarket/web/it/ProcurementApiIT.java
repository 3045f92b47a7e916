package dk.healthmarket.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sealed bids, evaluation and award through REST on the real WAR: the procurement from the first bid to the contract. */
class ProcurementApiIT extends DeployedApi {

    private Tendering tendering;

    @BeforeEach
    void tendering() {
        tendering = new Tendering(api, database);
    }

    static String bid(int lot, String price, String quality) {
        return "{\"offers\":[{\"lot\":" + lot + ",\"price\":" + price + "}],\"responses\":{\"Kvalitet\":\"" + quality + "\"}}";
    }

    @Test
    void suppliersBidReplaceAndWithdrawUntilTheDeadlineThenTheLeadBuyerOpensTheBidsThatCount() throws Exception {
        String[] buyer = tendering.buyer("Region Midtjylland", "udbud@rm.example.dk");
        Instant now = tendering.serverTime();
        long id = tendering.publishedTender(buyer, now.plus(Duration.ofDays(31)), now.plus(Duration.ofDays(60)));
        String bids = "/api/v1/tenders/" + id + "/bids";
        String[] alfa = tendering.supplier("Alfa Velfærd A/S", "tilbud@alfa.example.dk");
        String[] beta = tendering.supplier("Beta Sundhed ApS", "tilbud@beta.example.dk");
        String[] gamma = tendering.supplier("Gamma Care ApS", "tilbud@gamma.example.dk");

        var first = api.post(bids, bid(1, "900000", "Sensorer med 5 års garanti"), alfa);
        assertEquals(201, first.status(), first.toString());
        JsonObject receipt = first.json().getJsonObject("receipt");
        assertEquals(sha256(receipt.getString("canonicalContent")), receipt.getString("sha256"), "the receipt's digest covers its content");
        var replacement = api.post(bids, bid(1, "850000.50", "Sensorer med 6 års garanti"), alfa);
        assertEquals(201, replacement.status(), replacement.toString());
        assertEquals(first.json().getJsonNumber("id").longValue(), replacement.json().getJsonNumber("replacesBid").longValue());
        var withdrawn = api.post(bids, bid(2, "120000", "Support hele døgnet"), beta);
        assertEquals(201, withdrawn.status());
        var withdrawal = api.post(bids + "/" + withdrawn.json().getJsonNumber("id") + "/withdraw", null, beta);
        assertEquals("WITHDRAWN", withdrawal.json().getString("status"), withdrawal.toString());
        Api.assertProblem(api.post(bids + "/" + withdrawn.json().getJsonNumber("id") + "/withdraw", null, beta), 409, null);
        assertEquals(201, api.post(bids, bid(1, "990000", "Dansk support"), gamma).status());

        var own = api.get(bids, alfa).structure().asJsonArray();
        assertEquals(List.of("SUBMITTED", "REPLACED"), own.stream().map(b -> b.asJsonObject().getString("status")).toList(),
                "a supplier reads every one of its submissions, newest first");
        assertEquals(2, api.get(bids + "/count", buyer).json().getInt("bids"), "the buyer may know how many bids count");
        Api.assertProblem(api.get(bids, buyer), 403, null);
        Api.assertProblem(api.post("/api/v1/tenders/" + id + "/open", null, buyer), 409, null);

        tendering.advance(Duration.ofDays(32));
        alfa = tendering.supplier("Alfa Velfærd A/S", "tilbud@alfa.example.dk");
        String stored = database.single("select count(*) from bid where tender_id = " + id);
        var late = api.post(bids, bid(1, "800000", "For sent"), alfa);
        Api.assertProblem(late, 409, null);
        assertTrue(late.json().getString("detail").contains("Nothing was stored"), late.toString());
        Api.assertProblem(api.post(bids + "/" + replacement.json().getJsonNumber("id") + "/withdraw", null, alfa), 409, null);
        assertEquals(stored, database.single("select count(*) from bid where tender_id = " + id));

        buyer = tendering.buyer("Region Midtjylland", "udbud@rm.example.dk");
        assertEquals(200, api.post("/api/v1/tenders/" + id + "/close", null, buyer).status());
        var opened = api.post("/api/v1/tenders/" + id + "/open", null, buyer);
        assertEquals("UNDER_EVALUATION", opened.json().getString("status"), opened.toString());
        var read = api.get(bids, buyer).structure().asJsonArray();
        assertEquals(2, read.size(), "the lead buyer reads the bids that count, not replaced or withdrawn ones: " + read);
        assertTrue(read.toString().contains("850000.5") && read.toString().contains("Dansk support"), read.toString());
        assertFalse(read.toString().contains("900000") || read.toString().contains("Support hele døgnet"), read.toString());
        assertEquals("2 bids opened", database.single("select detail from audit_entry where action = 'tender.bidsOpened' and object_id = '" + id + "'"));

        String kept = replacement.json().getJsonObject("receipt").toString();
        String check = "{\"receivedAt\":\"" + replacement.json().getJsonObject("receipt").getString("receivedAt") + "\",\"sha256\":\""
                + replacement.json().getJsonObject("receipt").getString("sha256") + "\"}";
        String path = bids + "/" + replacement.json().getJsonNumber("id") + "/verification";
        assertTrue(api.post(path, check).json().getBoolean("matches"), "anyone holding the receipt can check the opened bid: " + kept);
        assertFalse(api.post(path, check.replaceFirst("\"sha256\":\"[0-9a-f]", "\"sha256\":\"x")).json().getBoolean("matches"));
        database.execute("update bid set content = replace(content, '850000.5', '750000.5') where id = " + replacement.json().getJsonNumber("id"));
        assertFalse(api.post(path, check).json().getBoolean("matches"), "a bid changed after receipt no longer matches its receipt");
    }

    @Test
    void theWholeProcurementFromQuestionsToTheConcludedContract() throws Exception {
        String[] buyer = tendering.buyer("Region Nordjylland", "udbud@rn.example.dk");
        Instant now = tendering.serverTime();
        var created = api.post("/api/v1/tenders", tendering.tender("Digitale plejeboliger", "33190000", now.plus(Duration.ofDays(20)),
                now.plus(Duration.ofDays(31)), 50, 50).replace(tendering.region("Region Nordjylland") + ",", tendering.region("Region Sjælland") + ","), buyer);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        String tender = "/api/v1/tenders/" + id;
        assertEquals(200, api.post(tender + "/publish", null, buyer).status());

        String[] alfa = tendering.supplier("Alfa Velfærd A/S", "tilbud@alfa.example.dk");
        var question = api.post(tender + "/questions", "{\"question\": \"Må delaftale 2 tilbydes alene?\"}", alfa);
        assertEquals(200, api.post(tender + "/questions/" + question.json().getJsonNumber("id") + "/answer",
                "{\"answer\": \"Ja, hver delaftale tildeles for sig.\"}", buyer).status());
        assertTrue(api.get(tender + "/questions").body().contains("hver delaftale tildeles for sig"));

        String[] beta = tendering.supplier("Beta Sundhed ApS", "tilbud@beta.example.dk");
        String[] gamma = tendering.supplier("Gamma Care ApS", "tilbud@gamma.example.dk");
        String[] delta = tendering.supplier("Delta Devices ApS", "tilbud@delta.example.dk");
        String[] epsilon = tendering.supplier("Epsilon Health A/S", "tilbud@epsilon.example.dk");
        assertEquals(201, api.post(tender + "/bids", bid(1, "900000", "God"), alfa).status());
        long a = api.post(tender + "/bids", bid(1, "800000", "Bedre"), alfa).json().getJsonNumber("id").longValue();
        String[] reviewer = tendering.reviewer("udbud@center.example.dk");
        String offered = tendering.approvedSolution(SolutionApiIT.solution("Plejebolig Sensor",
                SolutionApiIT.completeDocumentation(LocalDate.ofInstant(now, ZoneId.of("Europe/Copenhagen")))), beta, reviewer);
        String offeredId = offered.substring(offered.lastIndexOf('/') + 1);
        Api.assertProblem(api.post(tender + "/bids", bid(1, "1000000", "Bedst").replace("}}", "},\"solutionIds\":[" + offeredId + "]}"), alfa),
                400, "solutionIds[0]");
        long b = api.post(tender + "/bids", bid(1, "1000000", "Bedst").replace("}}", "},\"solutionIds\":[" + offeredId + "]}"), beta)
                .json().getJsonNumber("id").longValue();
        long c = api.post(tender + "/bids", bid(2, "200000", "Døgnsupport"), gamma).json().getJsonNumber("id").longValue();
        long d = api.post(tender + "/bids", bid(2, "150000", "Trækkes"), delta).json().getJsonNumber("id").longValue();
        assertEquals(200, api.post(tender + "/bids/" + d + "/withdraw", null, delta).status());
        long e = api.post(tender + "/bids", bid(2, "100000", "Billigst"), epsilon).json().getJsonNumber("id").longValue();

        tendering.advance(Duration.ofDays(32));
        buyer = tendering.buyer("Region Nordjylland", "udbud@rn.example.dk");
        alfa = tendering.supplier("Alfa Velfærd A/S", "tilbud@alfa.example.dk");
        delta = tendering.supplier("Delta Devices ApS", "tilbud@delta.example.dk");
        epsilon = tendering.supplier("Epsilon Health A/S", "tilbud@epsilon.example.dk");
        api.post(tender + "/close", null, buyer);
        Api.assertProblem(api.put(tender + "/evaluation", "{\"bids\":[]}", buyer), 409, null);
        assertEquals(200, api.post(tender + "/open", null, buyer).status());

        var partial = api.put(tender + "/evaluation", "{\"bids\":[{\"bidId\":" + a + ",\"scores\":{\"Kvalitet\":6}}]}", buyer);
        assertEquals(200, partial.status(), partial.toString());
        assertFalse(partial.json().getJsonArray("lots").getJsonObject(0).getBoolean("ranked"));
        Api.assertProblem(api.post(tender + "/award", "{\"reason\":\"For tidligt\"}", buyer), 409, null);
        Api.assertProblem(api.put(tender + "/evaluation", "{\"bids\":[{\"bidId\":" + b + ",\"scores\":{\"Kvalitet\":11}}]}", buyer), 400, null);
        Api.assertProblem(api.put(tender + "/evaluation", "{\"bids\":[{\"bidId\":" + d + ",\"scores\":{\"Kvalitet\":5}}]}", buyer), 400, "bids[0].bidId");
        Api.assertProblem(api.put(tender + "/evaluation", "{\"bids\":[{\"bidId\":" + b + ",\"scores\":{\"Pris\":5}}]}", buyer), 400, "bids[0].scores.Pris");
        Api.assertProblem(api.put(tender + "/evaluation", "{\"bids\":[{\"bidId\":" + b + ",\"scores\":{\"Kvalitet\":9}}]}", alfa), 403, null);

        var scored = api.put(tender + "/evaluation", "{\"bids\":[{\"bidId\":" + b + ",\"scores\":{\"Kvalitet\":9}},"
                + "{\"bidId\":" + c + ",\"scores\":{\"Kvalitet\":7}},{\"bidId\":" + e + ",\"excludedReason\":\"Mangler CE-mærkning\"}]}", buyer);
        assertEquals(200, scored.status(), scored.toString());
        // lot 1: lowest price 800,000. Beta 800/1000 × 50 + 9/10 × 50 = 40 + 45 = 85; Alfa 50 + 30 = 80
        var lot1 = scored.json().getJsonArray("lots").getJsonObject(0).getJsonArray("bids");
        assertEquals(List.of(b, a), lot1.stream().map(x -> x.asJsonObject().getJsonNumber("bidId").longValue()).toList());
        assertEquals(List.of("85.00", "80.00"), lot1.stream().map(x -> x.asJsonObject().getJsonNumber("total").toString()).toList());
        // lot 2: Epsilon is excluded, so Gamma's 200,000 is the lowest: 50 + 35 = 85
        var lot2 = scored.json().getJsonArray("lots").getJsonObject(1).getJsonArray("bids");
        assertEquals("85.00", lot2.getJsonObject(0).getJsonNumber("total").toString());
        assertEquals("Mangler CE-mærkning", lot2.getJsonObject(1).getString("excludedReason"));

        Api.assertProblem(api.post(tender + "/award", "{\"reason\":\" \"}", buyer), 400, "reason");
        var awarded = api.post(tender + "/award", "{\"reason\":\"Bedste forhold mellem pris og kvalitet.\"}", buyer);
        assertEquals("AWARDED", awarded.json().getString("status"), awarded.toString());
        assertEquals(Instant.parse(awarded.json().getString("awardedAt")).plus(Duration.ofDays(10)),
                Instant.parse(awarded.json().getString("standstillEndsAt")));
        var notice = api.get(tender).json().getJsonArray("awards");
        assertEquals("Beta Sundhed ApS", notice.getJsonObject(0).getJsonObject("winner").getString("name"));
        assertEquals(1000000, notice.getJsonObject(0).getJsonNumber("price").intValue());
        assertEquals("Gamma Care ApS", notice.getJsonObject(1).getJsonObject("winner").getString("name"));
        assertTrue(api.get("/api/v1/test/awards/" + id).body().contains("AwardedLot[lot=1, bidId=" + b),
                "awarding tells adoption tracking, in the same transaction");
        var planned = api.get(offered + "/adoptions").structure().asJsonArray();
        assertTrue(planned.size() >= 2 && planned.stream().map(JsonValue::asJsonObject).allMatch(x -> x.getString("stage").equals("PLANNED")
                && x.getString("source").equals("TENDER_AWARD") && x.getJsonNumber("tenderId").longValue() == id), "every buyer plans to adopt what won: " + planned);
        assertTrue(planned.toString().contains("Region Nordjylland") && planned.toString().contains("Region Sjælland"), planned.toString());

        var alfaSees = api.get(tender + "/evaluation", alfa).json().getJsonArray("lots");
        assertEquals(1, alfaSees.size(), "a bidder sees the lots it bid on: " + alfaSees);
        assertEquals("Bedste forhold mellem pris og kvalitet.", alfaSees.getJsonObject(0).getString("awardReason"));
        var alfaRows = alfaSees.getJsonObject(0).getJsonArray("bids");
        assertTrue(alfaRows.getJsonObject(0).getBoolean("winner") && alfaRows.getJsonObject(1).getBoolean("yours"), alfaRows.toString());
        var epsilonSees = api.get(tender + "/evaluation", epsilon).json().getJsonArray("lots").getJsonObject(0).getJsonArray("bids");
        assertEquals(2, epsilonSees.size(), "its own result and the winner's, not the other bids: " + epsilonSees);
        assertEquals(0, api.get(tender + "/evaluation", delta).json().getJsonArray("lots").size(), "a withdrawn bid takes no part");
        Api.assertProblem(api.get(tender + "/evaluation", tendering.buyer("Region Sjælland", "udbud@rsj.example.dk")), 403, null);
        Api.assertProblem(api.post(tender + "/conclude", null, buyer), 409, null);

        Api.assertProblem(api.post(tender + "/award/reversal", "{\"reason\":\"\"}", buyer), 400, "reason");
        var reversal = api.post(tender + "/award/reversal", "{\"reason\":\"Klage fra Alfa Velfærd A/S over kvalitetsvurderingen.\"}", buyer);
        assertEquals("UNDER_EVALUATION", reversal.json().getString("status"), reversal.toString());
        assertEquals(0, api.get(offered + "/adoptions").structure().asJsonArray().size(), "a reversed award takes its planned adoptions back");
        assertEquals(200, api.put(tender + "/evaluation", "{\"bids\":[{\"bidId\":" + a + ",\"scores\":{\"Kvalitet\":10}}]}", buyer).status());
        assertEquals(200, api.post(tender + "/award", "{\"reason\":\"Ny vurdering efter klage.\"}", buyer).status());
        notice = api.get(tender).json().getJsonArray("awards");
        assertEquals(4, notice.size(), "the reversed decisions stay on record: " + notice);
        assertEquals("Klage fra Alfa Velfærd A/S over kvalitetsvurderingen.", notice.getJsonObject(0).getString("reversalReason"));
        assertEquals("Alfa Velfærd A/S", notice.getJsonObject(1).getJsonObject("winner").getString("name"));

        tendering.advance(Duration.ofDays(11));
        buyer = tendering.buyer("Region Nordjylland", "udbud@rn.example.dk");
        Api.assertProblem(api.post(tender + "/award/reversal", "{\"reason\":\"For sent\"}", buyer), 409, null);
        var concluded = api.post(tender + "/conclude", null, buyer);
        assertEquals("CONCLUDED", concluded.json().getString("status"), concluded.toString());
        assertEquals("2", database.single("select count(*) from audit_entry where action = 'tender.awarded' and object_id = '" + id + "'"));
        assertEquals("1", database.single("select count(*) from audit_entry where action = 'tender.concluded' and object_id = '" + id + "'"));

        var ocds = api.get(tender + "/ocds");
        assertEquals(200, ocds.status(), ocds.toString());
        OcdsSchema.assertValidPackage(ocds.body());
        var releases = ocds.json().getJsonArray("releases");
        assertEquals(List.of("tender", "tenderUpdate", "award", "awardUpdate", "award", "contract"),
                releases.stream().map(r -> r.asJsonObject().getJsonArray("tag").getString(0)).toList());
        assertFalse(releases.getJsonObject(0).containsKey("awards"), "nothing is awarded when the tender is published");
        var last = releases.getJsonObject(releases.size() - 1);
        assertEquals("complete", last.getJsonObject("tender").getString("status"));
        assertEquals(List.of("cancelled", "active", "cancelled", "active"),
                last.getJsonArray("awards").stream().map(x -> x.asJsonObject().getString("status")).toList());
        assertEquals(2, last.getJsonArray("contracts").size());
        assertTrue(last.getJsonArray("parties").stream().anyMatch(p -> p.asJsonObject().getString("id").startsWith("DK-CVR-")
                && p.asJsonObject().getJsonArray("roles").getString(0).equals("supplier")), last.toString());
        assertFalse(ocds.body().contains("900000") || ocds.body().contains("150000") || ocds.body().contains("Billigst")
                || ocds.body().contains("Mangler CE"), "nothing sealed or lost appears in open data: " + ocds.body());

        var page = api.get("/api/v1/ocds/releases?size=2");
        OcdsSchema.assertValidPackage(page.body());
        assertEquals(2, page.json().getJsonArray("releases").size());
        assertTrue(page.header("Link").orElse("").contains("rel=\"next\""), page.raw().headers().map().toString());
        assertTrue(Long.parseLong(page.header("X-Total-Count").orElseThrow()) >= 6);
    }

    @Test
    void badBidsAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String[] buyer = tendering.buyer("Region Syddanmark", "udbud@rsd.example.dk");
        Instant now = tendering.serverTime();
        long id = tendering.publishedTender(buyer, now.plus(Duration.ofDays(31)), now.plus(Duration.ofDays(60)));
        String bids = "/api/v1/tenders/" + id + "/bids";
        String[] supplier = tendering.supplier("Delta Devices ApS", "tilbud@delta.example.dk");
        String before = database.single("select count(*) from bid");

        Api.assertProblem(api.post(bids, "{\"offers\":[],\"responses\":{\"Kvalitet\":\"x\"}}", supplier), 400, "offers");
        Api.assertProblem(api.post(bids, bid(3, "1000", "x"), supplier), 400, "offers[0].lot");
        Api.assertProblem(api.post(bids, "{\"offers\":[{\"lot\":1,\"price\":10},{\"lot\":1,\"price\":20}],\"responses\":{\"Kvalitet\":\"x\"}}", supplier),
                400, "offers[1].lot");
        Api.assertProblem(api.post(bids, bid(1, "0", "x"), supplier), 400, null);
        Api.assertProblem(api.post(bids, bid(1, "10.123", "x"), supplier), 400, null);
        Api.assertProblem(api.post(bids, "{\"offers\":[{\"lot\":1,\"price\":10}],\"responses\":{}}", supplier), 400, "responses.Kvalitet");
        Api.assertProblem(api.post(bids, "{\"offers\":[{\"lot\":1,\"price\":10}],\"responses\":{\"Kvalitet\":\"x\",\"Farve\":\"blå\"}}", supplier),
                400, "responses.Farve");
        Api.assertProblem(api.post(bids, "{\"offers\":[{\"lot\":1,\"price\":10}],\"responses\":{\"Kvalitet\":\"" + "x".repeat(20_001) + "\"}}", supplier),
                400, null);
        Api.assertProblem(api.post(bids, "{\"offers\": [", supplier), 400, null);
        Api.assertProblem(api.post(bids, null, supplier), 400, null);
        Api.assertProblem(api.post(bids, bid(1, "10", "x"), buyer), 403, null);
        Api.assertProblem(api.post(bids, bid(1, "10", "x")), 401, null);
        Api.assertProblem(api.post("/api/v1/tenders/999999/bids", bid(1, "10", "x"), supplier), 404, null);
        Api.assertProblem(api.post(bids + "/999999/withdraw", null, supplier), 404, null);
        var theirs = api.upload(bids + "/documents?fileName=andres.pdf", "%PDF-1.4 andres".getBytes(StandardCharsets.UTF_8),
                tendering.supplier("Fremmed Bilag ApS", "tilbud@fremmed.example.dk"));
        Api.assertProblem(api.post(bids, bid(1, "10", "x").replace("}}", "},\"documentIds\":[" + theirs.json().getJsonNumber("id") + "]}"), supplier),
                400, "documentIds[0]");
        Api.assertProblem(api.upload(bids + "/documents?fileName=virus.pdf", new byte[] {'M', 'Z', 0, 0}, supplier), 400, "file");
        var draft = api.post("/api/v1/tenders", tendering.tender("Kladde", "33190000", null, null, 50, 50), buyer);
        Api.assertProblem(api.post("/api/v1/tenders/" + draft.json().getJsonNumber("id") + "/bids", bid(1, "10", "x"), supplier), 404, null);
        assertEquals(before, database.single("select count(*) from bid"));
    }

    @Test
    void bidsAreSealedForEveryoneButTheirSupplierUntilTheLeadBuyerOpensThem() throws Exception {
        String[] lead = tendering.buyer("Region Hovedstaden", "udbud@rh.example.dk");
        Instant now = tendering.serverTime();
        long id = tendering.publishedTender(lead, now.plus(Duration.ofDays(31)), now.plus(Duration.ofDays(60)));
        String bids = "/api/v1/tenders/" + id + "/bids";
        String marker = "SEGLET-" + Long.toHexString(System.nanoTime());
        String[] epsilon = tendering.supplier("Epsilon Health A/S", "tilbud@epsilon.example.dk");
        var attachment = api.upload(bids + "/documents?fileName=bilag.txt", ("Teknisk bilag " + marker).getBytes(StandardCharsets.UTF_8), epsilon);
        assertEquals(201, attachment.status(), attachment.toString());
        var sealed = api.post(bids, bid(1, "123456.78", marker).replace("}}", "},\"documentIds\":[" + attachment.json().getJsonNumber("id") + "]}"), epsilon);
        assertEquals(201, sealed.status(), sealed.toString());
        assertTrue(sealed.json().getJsonObject("receipt").getString("canonicalContent").contains(attachment.json().getString("sha256")),
                "the receipt covers the attached documents");
        String bidPath = bids + "/" + sealed.json().getJsonNumber("id");
        String documentPath = bidPath + "/documents/" + attachment.json().getJsonNumber("id");
        JsonObject receipt = sealed.json().getJsonObject("receipt");
        String check = "{\"receivedAt\":\"" + receipt.getString("receivedAt") + "\",\"sha256\":\"" + receipt.getString("sha256") + "\"}";
        assertEquals(201, api.post(bids, bid(2, "99000", "Zeta"), tendering.supplier("Zeta Med ApS", "tilbud@zeta.example.dk")).status());

        AtomicInteger refusals = new AtomicInteger();
        for (String phase : List.of("before the deadline", "closed", "opened")) {
            Map<String, String[]> readers = readers();
            for (var reader : readers.entrySet()) {
                boolean owner = reader.getKey().equals("its supplier");
                boolean reads = owner || (reader.getKey().equals("lead buyer") && phase.equals("opened"));
                for (String path : List.of(bids, bidPath, bidPath + "/receipt", documentPath)) {
                    var answer = api.get(path, reader.getValue());
                    String what = reader.getKey() + " reading " + path + " " + phase + ": " + answer;
                    if (reads) {
                        assertEquals(200, answer.status(), what);
                        assertTrue(answer.body().contains(marker), what);
                    } else {
                        assertFalse(answer.body().contains(marker) || answer.body().contains("123456.78"), what);
                        boolean seesOwnEmptyList = path.equals(bids) && reader.getKey().equals("another supplier");
                        if (seesOwnEmptyList) {
                            assertFalse(answer.body().contains("Epsilon"), what);
                        } else {
                            assertTrue(answer.status() >= 400, what);
                            refusals.incrementAndGet();
                        }
                    }
                }
                var count = api.get(bids + "/count", reader.getValue());
                assertEquals(reader.getKey().equals("lead buyer") ? 200 : reader.getKey().equals("anonymous") ? 401 : 403, count.status(),
                        reader.getKey() + " counting " + phase + ": " + count);
                var verification = api.post(bidPath + "/verification", check, reader.getValue());
                if (phase.equals("opened") || owner) {
                    assertTrue(verification.json().getBoolean("matches"), reader.getKey() + " verifying " + phase + ": " + verification);
                } else {
                    assertTrue(verification.status() >= 400, reader.getKey() + " verifying " + phase + ": " + verification);
                    refusals.incrementAndGet();
                }
            }
            assertEquals(String.valueOf(refusals.get()), database.single("select count(*) from audit_entry where action = 'bid.readRefused' and object_id = '" + id + "'"),
                    "every refused attempt is in the audit log");
            var audit = api.get("/api/v1/audit?size=100", tendering.admin());
            if (!phase.equals("opened")) {
                assertFalse(audit.body().contains(marker), audit.body());
            }
            if (phase.equals("before the deadline")) {
                tendering.advance(Duration.ofDays(32));
                assertEquals(200, api.post("/api/v1/tenders/" + id + "/close", null, tendering.buyer("Region Hovedstaden", "udbud@rh.example.dk")).status());
            } else if (phase.equals("closed")) {
                assertEquals(200, api.post("/api/v1/tenders/" + id + "/open", null, tendering.buyer("Region Hovedstaden", "udbud@rh.example.dk")).status());
            }
        }
        assertEquals("0", database.single("select count(*) from audit_entry where object_type = 'Bid' and actor <> 'sealed bidder'"),
                "the audit log does not name who bid");
    }

    /** Everyone who might try to read a bid, logged in afresh (the clock moves between phases). */
    private Map<String, String[]> readers() throws Exception {
        Map<String, String[]> readers = new LinkedHashMap<>();
        readers.put("its supplier", tendering.supplier("Epsilon Health A/S", "tilbud@epsilon.example.dk"));
        readers.put("another supplier", tendering.supplier("Zeta Med ApS", "tilbud@zeta.example.dk"));
        readers.put("lead buyer", tendering.buyer("Region Hovedstaden", "udbud@rh.example.dk"));
        readers.put("participating buyer", tendering.buyer("Region Nordjylland", "udbud@rn.example.dk"));
        readers.put("administrator", tendering.admin());
        readers.put("reviewer", tendering.reviewer("bedoemmer@center.example.dk"));
        readers.put("anonymous", new String[0]);
        return readers;
    }

    @Test
    void twoHundredBidsRacingTheDeadlineAreEachStoredWithAValidReceiptOrRefusedWithNothingStored() throws Exception {
        String[] buyer = tendering.buyer("Region Sjælland", "udbud@rsj.example.dk");
        Instant now = tendering.serverTime();
        Instant deadline = now.plus(Duration.ofDays(31));
        long id = tendering.publishedTender(buyer, deadline, now.plus(Duration.ofDays(60)));
        String bids = "/api/v1/tenders/" + id + "/bids";
        List<String[]> suppliers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            suppliers.add(directSupplier(i));
        }
        tendering.advance(Duration.between(tendering.serverTime(), deadline).minusSeconds(30));

        ExecutorService pool = Executors.newFixedThreadPool(24);
        AtomicInteger done = new AtomicInteger();
        List<Future<Api.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String[] supplier = suppliers.get(i % suppliers.size());
            String price = String.valueOf(100_000 + i);
            answers.add(pool.submit(() -> {
                var answer = api.post(bids, bid(1, price, "Tilbud " + price), supplier);
                if (done.incrementAndGet() == 100) {
                    tendering.advance(Duration.ofSeconds(60)); // the deadline passes in the middle of the rush
                }
                return answer;
            }));
        }
        int accepted = 0;
        int refused = 0;
        for (Future<Api.Answer> future : answers) {
            var answer = future.get();
            if (answer.status() == 201) {
                accepted++;
                JsonObject receipt = answer.json().getJsonObject("receipt");
                assertTrue(Instant.parse(receipt.getString("receivedAt")).isBefore(deadline), answer.toString());
                assertEquals(sha256(receipt.getString("canonicalContent")), receipt.getString("sha256"));
                assertEquals(receipt.getString("canonicalContent"),
                        database.single("select content from bid where sha256 = '" + receipt.getString("sha256") + "'"));
            } else {
                Api.assertProblem(answer, 409, null);
                refused++;
            }
        }
        pool.shutdown();
        System.out.printf("200 bids racing the deadline: %d accepted with valid receipts, %d refused%n", accepted, refused);
        assertTrue(accepted >= 100 && refused > 0, accepted + " accepted, " + refused + " refused");
        assertEquals(String.valueOf(accepted), database.single("select count(*) from bid where tender_id = " + id), "only accepted bids are stored");
        assertEquals(database.single("select count(distinct supplier_id) from bid where tender_id = " + id),
                database.single("select count(*) from bid where tender_id = " + id + " and status = 'SUBMITTED'"),
                "each supplier has exactly one bid that counts");
        assertEquals(String.valueOf(accepted), database.single("select count(*) from audit_entry where object_type = 'Bid' and detail like 'tender " + id + ",%'"));
        var verification = api.post("/api/v1/audit/verification", null, tendering.admin());
        assertTrue(verification.json().getBoolean("intact"), verification.toString());
    }

    /** A company with a supplier and an API token, written straight to the database: 50 registrations would hash 50 passwords. */
    private String[] directSupplier(int n) throws Exception {
        String cvr = tendering.cvr("rush-" + n);
        database.execute("insert into organisation (version, name, type, cvr, created_at) values (0, 'Kapløb " + n + " ApS', 'COMPANY', '"
                + cvr + "', utc_timestamp(6))");
        database.execute("insert into user_account (version, email, display_name, organisation_id, password_hash, created_at) values (0, 'rush"
                + n + "@kaploeb.example.dk', 'Kapløb', (select id from organisation where cvr = '" + cvr + "'), 'no-login', utc_timestamp(6))");
        database.execute("insert into user_role (user_id, role) values ((select id from user_account where email = 'rush" + n
                + "@kaploeb.example.dk'), 'SUPPLIER')");
        String token = "hm_" + String.format("%043d", n).replace('0', 'r');
        database.execute("insert into api_token (user_id, token_hash, created_at, expires_at) values ((select id from user_account where email = 'rush"
                + n + "@kaploeb.example.dk'), sha2('" + token + "', 256), utc_timestamp(6), '2100-01-01')");
        return Api.bearer(token);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
