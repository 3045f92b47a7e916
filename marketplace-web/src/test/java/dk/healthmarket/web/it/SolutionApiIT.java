package dk.healthmarket.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Documented solutions through REST on the real WAR: drafts, the completeness check, submission and who sees what. */
class SolutionApiIT extends DeployedApi {

    /** Complete documentation with certificates dated from the server's day, so nothing in it has expired. */
    static String completeDocumentation(LocalDate today) {
        return """
            {"regulatory":{"mdrClass":"CLASS_IIA","ceDeclaration":"EU-overensstemmelseserklæring 2025","notifiedBodyCertificate":"BSI 2797 MDR 700123",
              "certificateExpiresOn":"%s"},
             "evidence":{"level":"TIER_C","studies":[{"type":"RCT","reference":"10.2196/jmir.9316","population":"212 KOL-patienter",
               "mainResult":"22 %% færre indlæggelser","outcomes":["CLINICAL_EFFECTIVENESS","ECONOMICS"]}],
               "transferability":"Afprøvet i to regioner med forskellig organisering af hjemmesygeplejen."},
             "safety":{"hazardLogSummary":"Hazard log efter DCB0129; 14 risici under tolerancegrænsen."},
             "dataProtection":{"processesHealthData":true,"dpiaSummary":"DPIA 2025, lav restrisiko","dataProcessingAgreement":true,"dataInEuEea":true},
             "security":{"certifications":[{"name":"ISO/IEC 27001","expiresOn":"%s"}],"penetrationTestOn":"%s"},
             "interoperability":{"standards":["HL7_FHIR_R4","MEDCOM_MESSAGES"]},
             "usability":{"patientFacing":true,"wcag21AaConformant":true,"languages":["da","en"]},
             "labourSaving":{"figures":[{"staffGroup":"NURSE","hoursPerPatientPerYear":6.5,"evidence":"Tidsregistrering i pilotdrift"}]}}"""
                .formatted(today.plusYears(3), today.plusYears(1), today.minusMonths(2));
    }

    private Tendering people;

    private String complete;

    @BeforeEach
    void people() {
        people = new Tendering(api, database);
        complete = completeDocumentation(LocalDate.ofInstant(people.serverTime(), ZoneId.of("Europe/Copenhagen")));
    }

    static String solution(String name, String documentation) {
        return "{\"name\":\"" + name + "\",\"summary\":\"Hjemmemonitorering af KOL med tablet og sensorer.\","
                + "\"description\":\"Borgeren måler iltmætning, puls og vægt hjemme; sygeplejersken ser målingerne og reagerer tidligt.\","
                + "\"languages\":[\"DA\"],\"categories\":[\"REMOTE_PATIENT_MONITORING\"],\"conditions\":[\"COPD\"],"
                + "\"populationSegments\":[\"COMPLEX_CHRONIC_DISEASE\"],\"careSettings\":[\"HOME\"],\"priceModel\":\"Pr. borger pr. måned\","
                + "\"contact\":\"salg@kolhjem.example.dk\"" + (documentation == null ? "" : ",\"documentation\":" + documentation) + "}";
    }

    @Test
    void aCompanyDraftsSubmitsOnlyWhenCompleteAndOnlyItAndReviewersSeeTheRevision() throws Exception {
        String[] company = people.supplier("KOL Hjem ApS", "produkt@kolhjem.example.dk");
        var created = api.post("/api/v1/solutions", solution("KOL Hjem", null), company);
        assertEquals(201, created.status(), created.toString());
        String path = "/api/v1/solutions/" + created.json().getJsonNumber("id");
        JsonObject working = created.json().getJsonObject("working");
        assertEquals("DRAFT", working.getString("status"));
        assertTrue(working.getJsonObject("missing").containsKey("REGULATORY"), working.toString());

        Api.assertProblem(api.get(path), 404, null);
        Api.assertProblem(api.get(path, people.supplier("Anden Løsning ApS", "produkt@andenloesning.example.dk")), 404, null);
        Api.assertProblem(api.get(path, people.reviewer("bedoemmer@center.example.dk")), 404, null);

        var refused = api.post(path + "/submit", null, company);
        Api.assertProblem(refused, 400, "documentation.regulatory.mdrClass");
        assertTrue(refused.body().contains("documentation.labourSaving.figures"), refused.body());
        assertEquals("DRAFT", database.single("select status from solution_revision where solution_id = " + created.json().getJsonNumber("id")));

        var completed = api.put(path, solution("KOL Hjem", complete), Api.with(company, "If-Match", created.header("ETag").orElseThrow()));
        assertEquals(200, completed.status(), completed.toString());
        assertEquals(0, completed.json().getJsonObject("working").getJsonObject("missing").size(), completed.body());
        var submitted = api.post(path + "/submit", null, company);
        assertEquals("SUBMITTED", submitted.json().getJsonObject("working").getString("status"), submitted.toString());
        assertEquals("CLASS_IIA", submitted.json().getJsonObject("working").getJsonObject("documentation").getJsonObject("regulatory").getString("mdrClass"));

        var reviewerSees = api.get(path, people.reviewer("bedoemmer@center.example.dk"));
        assertEquals(200, reviewerSees.status(), reviewerSees.toString());
        Api.assertProblem(api.put(path, solution("KOL Hjem 2", complete), Api.with(company, "If-Match", api.get(path, company).header("ETag").orElseThrow())), 409, null);
        Api.assertProblem(api.post(path + "/submit", null, company), 409, null);
        assertFalse(api.get("/api/v1/solutions").body().contains("KOL Hjem"), "nothing is public before approval");
        assertEquals(1, api.get("/api/v1/solutions/mine", company).json().getInt("total"));
        assertEquals("WITHDRAWN", api.post(path + "/withdraw", null, company).json().getJsonObject("working").getString("status"));
        assertEquals("3", database.single("select count(*) from audit_entry where object_type = 'Solution' and object_id = '"
                + created.json().getJsonNumber("id") + "' and action in ('solution.created', 'solution.changed', 'solution.submitted')"));
    }

    static String decision(String decision, String verdict, String reasons, String... validated) {
        StringBuilder verdicts = new StringBuilder();
        for (String domain : List.of("REGULATORY", "CLINICAL_EVIDENCE", "CLINICAL_SAFETY", "DATA_PROTECTION", "INFORMATION_SECURITY",
                "INTEROPERABILITY", "USABILITY_ACCESSIBILITY", "LABOUR_SAVING")) {
            verdicts.append(verdicts.isEmpty() ? "" : ",").append("\"").append(domain).append("\":\"")
                    .append(domain.equals("CLINICAL_EVIDENCE") ? verdict : "MEETS").append("\"");
        }
        return "{\"decision\":\"" + decision + "\",\"verdicts\":{" + verdicts + "},\"comments\":{\"CLINICAL_EVIDENCE\":\"Angiv studiets effektmål.\"}"
                + (reasons == null ? "" : ",\"reasons\":\"" + reasons + "\"")
                + ",\"validated\":[" + String.join(",", List.of(validated).stream().map(d -> "\"" + d + "\"").toList()) + "]}";
    }

    @Test
    void theCentreReviewsSendsBackAndApprovesAndTheApprovedRevisionStaysPublicWhileTheNextIsWorkedOn() throws Exception {
        String[] company = people.supplier("Sårskanner ApS", "produkt@saarskanner.example.dk");
        var created = api.post("/api/v1/solutions", solution("Sårskanner", complete), company);
        long id = created.json().getJsonNumber("id").longValue();
        String path = "/api/v1/solutions/" + id;
        assertEquals(200, api.post(path + "/submit", null, company).status());

        people.advance(Duration.ofDays(3));
        company = people.supplier("Sårskanner ApS", "produkt@saarskanner.example.dk");
        String[] reviewer = people.reviewer("bedoemmer@center.example.dk");
        var queue = api.get("/api/v1/solutions/review-queue?size=100", reviewer);
        JsonObject waiting = queue.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(3, waiting.getInt("daysWaiting"), waiting.toString());
        Api.assertProblem(api.get("/api/v1/solutions/review-queue", company), 403, null);
        Api.assertProblem(api.post(path + "/reviews", null, company), 403, null);

        var taken = api.post(path + "/reviews", null, reviewer);
        assertEquals(201, taken.status(), taken.toString());
        String decide = path + "/reviews/" + taken.json().getJsonNumber("id") + "/decision";
        Api.assertProblem(api.post(path + "/reviews", null, reviewer), 409, null);
        Api.assertProblem(api.post(decide, decision("APPROVED", "PARTLY", null), reviewer), 400, "decision");
        Api.assertProblem(api.post(decide, decision("CHANGES_REQUESTED", "PARTLY", null), reviewer), 400, "reasons");
        Api.assertProblem(api.post(decide, "{\"decision\":\"REJECTED\",\"reasons\":\"x\",\"verdicts\":{}}", reviewer), 400, "verdicts.REGULATORY");
        var sentBack = api.post(decide, decision("CHANGES_REQUESTED", "PARTLY", "Evidensen skal uddybes."), reviewer);
        assertEquals("CHANGES_REQUESTED", sentBack.json().getString("decision"), sentBack.toString());
        Api.assertProblem(api.post(decide, decision("APPROVED", "MEETS", null), reviewer), 409, null);

        var history = api.get(path + "/reviews", company).structure().asJsonArray();
        assertTrue(history.toString().contains("Angiv studiets effektmål.") && history.toString().contains("Evidensen skal uddybes."), history.toString());
        Api.assertProblem(api.get(path + "/reviews", people.supplier("Anden Løsning ApS", "produkt@andenloesning.example.dk")), 404, null);
        Api.assertProblem(api.get(path + "/reviews"), 401, null);

        String answered = solution("Sårskanner 1.1", complete).replaceFirst("\\}$", ",\"reviewResponse\":\"Effektmålet er nu angivet.\"}");
        var revised = api.put(path, answered, Api.with(company, "If-Match", api.get(path, company).header("ETag").orElseThrow()));
        assertEquals(1, revised.json().getJsonObject("working").getInt("number"), "changes go into the revision sent back");
        assertEquals("Effektmålet er nu angivet.", api.get(path, reviewer).json().getJsonObject("working").getString("reviewResponse"),
                "the company answers the review in the revision");
        assertEquals(200, api.post(path + "/submit", null, company).status());
        var again = api.post(path + "/reviews", null, reviewer);
        var approved = api.post(path + "/reviews/" + again.json().getJsonNumber("id") + "/decision", decision("APPROVED", "MEETS", null), reviewer);
        assertEquals("APPROVED", approved.json().getString("decision"), approved.toString());

        var public_ = api.get(path);
        assertEquals(200, public_.status());
        assertEquals("Sårskanner 1.1", public_.json().getJsonObject("approved").getString("name"));
        assertTrue(public_.json().get("working") == null || public_.json().isNull("working"), "the public sees the approved revision only");
        assertTrue(api.get("/api/v1/solutions?condition=COPD&mdrClass=CLASS_IIA&size=100").body().contains("Sårskanner 1.1"));
        assertFalse(api.get("/api/v1/solutions?condition=DIABETES&size=100").body().contains("Sårskanner"));

        var next = api.put(path, solution("Sårskanner 2", complete), Api.with(company, "If-Match", api.get(path, company).header("ETag").orElseThrow()));
        assertEquals(2, next.json().getJsonObject("working").getInt("number"));
        assertEquals("Sårskanner 1.1", api.get(path).json().getJsonObject("approved").getString("name"), "the approved revision stays public");
        assertEquals("1", database.single("select count(*) from audit_entry where action = 'solution.approved' and object_id = '" + id + "'"));
    }

    @Test
    void badSolutionsAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String[] company = people.supplier("Fejl Sundhed ApS", "produkt@fejlsundhed.example.dk");
        String before = database.single("select count(*) from solution");
        Api.assertProblem(api.post("/api/v1/solutions", solution("", null), company), 400, "name");
        Api.assertProblem(api.post("/api/v1/solutions", solution("Uden sprog", null).replace("\"languages\":[\"DA\"],", ""), company), 400, "languages");
        Api.assertProblem(api.post("/api/v1/solutions", solution("Ukendt", null).replace("\"COPD\"", "\"HICCUPS\""), company), 400, null);
        Api.assertProblem(api.post("/api/v1/solutions", solution("Tom kategori", null).replace("[\"REMOTE_PATIENT_MONITORING\"]", "[null]"), company),
                400, "categories");
        Api.assertProblem(api.post("/api/v1/solutions", solution("Tomt studie", complete)
                .replaceFirst("(?s)\"studies\":\\[\\{.*?\\}\\]", "\"studies\":[null]"), company), 400, "documentation.evidence.studies[0]");
        Api.assertProblem(api.post("/api/v1/solutions", solution("Tomt tal", complete)
                .replaceFirst("\"figures\":\\[\\{[^]]*\\]", "\"figures\":[null]"), company), 400, "documentation.labourSaving.figures[0]");
        Api.assertProblem(api.post("/api/v1/solutions", solution("Anonym", null)), 401, null);
        Api.assertProblem(api.post("/api/v1/solutions", solution("Indkøber", null), people.buyer("Region Midtjylland", "loesning@rm.example.dk")), 403, null);
        assertEquals(before, database.single("select count(*) from solution"));

        var created = api.post("/api/v1/solutions", solution("Rigtig", null), company);
        String path = "/api/v1/solutions/" + created.json().getJsonNumber("id");
        Api.assertProblem(api.put(path, solution("Uden version", null), company), 428, null);
        Api.assertProblem(api.put(path, solution("Forældet", null), Api.with(company, "If-Match", "\"999\"")), 412, null);
        Api.assertProblem(api.post("/api/v1/solutions/999999/submit", null, company), 404, null);
    }

    @Test
    void nobodyReviewsASolutionOfTheirOwnOrganisationEvenWithAWronglyGrantedRole() throws Exception {
        String email = "produkt@egenbedoemmelse.example.dk";
        String[] company = people.supplier("Egen Bedømmelse ApS", email);
        var created = api.post("/api/v1/solutions", solution("Egen bedømmelse", complete), company);
        String id = created.json().getJsonNumber("id").toString();
        assertEquals(200, api.post("/api/v1/solutions/" + id + "/submit", null, company).status());
        // organisation types keep reviewers and companies apart; the service refuses all the same should a role be granted wrongly
        database.execute("insert into user_role (user_id, role) select id, 'REVIEWER' from user_account where email = '" + email + "'");
        try {
            var refused = api.post("/api/v1/solutions/" + id + "/reviews", null, company);
            Api.assertProblem(refused, 403, null);
            assertTrue(refused.body().contains("own organisation"), "refused for the conflict of interest: " + refused);
            assertEquals("SUBMITTED", database.single("select status from solution_revision where solution_id = " + id));
            assertEquals("0", database.single("select count(*) from solution_review where solution_id = " + id));
        } finally {
            database.execute("delete from user_role where role = 'REVIEWER' and user_id = (select id from user_account where email = '" + email + "')");
        }
    }

    private static JsonObject provenance(JsonObject revision, String domain) {
        return revision.getJsonObject("provenance").getJsonObject(domain);
    }

    @Test
    void attachmentsAndClaimsAreSelfDeclaredUntilValidatedAndEveryRevisionAndChangeIsOnRecord() throws Exception {
        String[] company = people.supplier("Medicinrobot ApS", "produkt@medicinrobot.example.dk");
        String[] stranger = people.supplier("Anden Løsning ApS", "produkt@andenloesning.example.dk");
        String[] reviewer = people.reviewer("bedoemmer@center.example.dk");
        var created = api.post("/api/v1/solutions", solution("Medicinrobot", complete), company);
        long id = created.json().getJsonNumber("id").longValue();
        String path = "/api/v1/solutions/" + id;
        byte[] report = "%PDF-1.4 RCT-rapport, 212 patienter".getBytes(StandardCharsets.UTF_8);

        var attached = api.upload(path + "/attachments?domain=CLINICAL_EVIDENCE&fileName=rct-rapport.pdf", report, company);
        assertEquals(201, attached.status(), attached.toString());
        Api.assertProblem(api.upload(path + "/attachments?fileName=rct.pdf", report, company), 400, "domain");
        Api.assertProblem(api.upload(path + "/attachments?domain=WEATHER&fileName=rct.pdf", report, company), 400, null);
        Api.assertProblem(api.upload(path + "/attachments?domain=CLINICAL_SAFETY&fileName=x.exe", new byte[] {'M', 'Z', 0, 0}, company), 400, "file");
        Api.assertProblem(api.upload(path + "/attachments?domain=CLINICAL_SAFETY&fileName=x.pdf", report, stranger), 404, null);
        var extra = api.upload(path + "/attachments?domain=CLINICAL_SAFETY&fileName=hazard-log.txt", "Hazard log".getBytes(StandardCharsets.UTF_8), company);
        assertEquals(204, api.send("DELETE", path + "/attachments/" + extra.json().getJsonNumber("id"), null, null, company).status());
        JsonObject draft = api.get(path, company).json().getJsonObject("working");
        assertEquals(1, draft.getJsonArray("attachments").size(), draft.toString());
        assertEquals("SELF_DECLARED", provenance(draft, "CLINICAL_EVIDENCE").getString("status"));

        assertEquals(200, api.post(path + "/submit", null, company).status());
        Api.assertProblem(api.upload(path + "/attachments?domain=CLINICAL_SAFETY&fileName=sent.pdf", report, company), 409, null);
        String decide = path + "/reviews/" + api.post(path + "/reviews", null, reviewer).json().getJsonNumber("id") + "/decision";
        Api.assertProblem(api.post(decide, decision("CHANGES_REQUESTED", "PARTLY", "Uddyb", "CLINICAL_EVIDENCE"), reviewer), 400,
                "validated.CLINICAL_EVIDENCE");
        var approved = api.post(decide, decision("APPROVED", "MEETS", null, "REGULATORY", "CLINICAL_EVIDENCE"), reviewer);
        assertEquals(200, approved.status(), approved.toString());

        JsonObject public_ = api.get(path).json().getJsonObject("approved");
        assertEquals("VALIDATED", provenance(public_, "CLINICAL_EVIDENCE").getString("status"), public_.toString());
        assertEquals(1, provenance(public_, "CLINICAL_EVIDENCE").getInt("validatedInRevision"));
        assertEquals("SELF_DECLARED", provenance(public_, "LABOUR_SAVING").getString("status"));
        String attachment = path + "/attachments/" + public_.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id");
        assertArrayEquals(report, api.download(attachment).body(), "the public reads the approved revision's attachments");

        String changedEvidence = complete.replace("22 %% færre", "25 % færre").replace("22 % færre", "25 % færre");
        var next = api.put(path, solution("Medicinrobot 2", changedEvidence), Api.with(company, "If-Match", api.get(path, company).header("ETag").orElseThrow()));
        JsonObject second = next.json().getJsonObject("working");
        assertEquals(2, second.getInt("number"), next.toString());
        assertEquals(1, second.getJsonArray("attachments").size(), "a new revision starts with the attachments of the last");
        assertEquals("VALIDATED", provenance(second, "REGULATORY").getString("status"), "an unchanged section stays validated");
        assertEquals("SELF_DECLARED", provenance(second, "CLINICAL_EVIDENCE").getString("status"), "a changed one is self-declared again");
        assertEquals(201, api.upload(path + "/attachments?domain=REGULATORY&fileName=ce-certifikat.pdf", "%PDF-1.4 CE".getBytes(StandardCharsets.UTF_8), company).status());
        assertEquals("SELF_DECLARED", provenance(api.get(path, company).json().getJsonObject("working"), "REGULATORY").getString("status"),
                "a new attachment is a new claim");

        assertEquals(2, api.get(path + "/revisions", company).structure().asJsonArray().size());
        assertEquals(1, api.get(path + "/revisions").structure().asJsonArray().size(), "the public reads the approved revision only");
        Api.assertProblem(api.get(path + "/revisions/2"), 404, null);
        Api.assertProblem(api.get(path + "/revisions/2", reviewer), 404, null);
        Api.assertProblem(api.get(path + "/revisions/1/changes", company), 409, null);
        var changes = api.get(path + "/revisions/2/changes", company);
        assertEquals(200, changes.status(), changes.toString());
        String changed = changes.body();
        assertTrue(changed.contains("{\"after\":\"Medicinrobot 2\",\"before\":\"Medicinrobot\",\"field\":\"name\"}"), changed);
        assertTrue(changed.contains("documentation.evidence.studies[0].mainResult") && changed.contains("attachments.REGULATORY"), changed);
        assertFalse(changed.contains("documentation.regulatory"), changed);

        var history = api.get(path + "/history?size=100", company);
        assertEquals(200, history.status(), history.toString());
        List<String> actions = history.json().getJsonArray("items").stream().map(e -> e.asJsonObject().getString("action")).toList();
        assertEquals(List.of("solution.created", "solution.attachmentAdded", "solution.attachmentAdded", "solution.attachmentRemoved",
                "solution.submitted", "solution.inReview", "solution.approved", "solution.changed", "solution.attachmentAdded"), actions);
        assertTrue(history.body().contains("bedoemmer@center.example.dk"), "who, from the audit log");
        Api.assertProblem(api.get(path + "/history"), 401, null);
        Api.assertProblem(api.get(path + "/history", stranger), 404, null);
        assertEquals(200, api.get(path + "/history", reviewer).status());
    }

    /** Who reads what: one row per state, columns anonymous, another company, the company, a reviewer, an administrator. */
    @Test
    void visibilityFollowsTheStateAndTheReader() throws Exception {
        String[] company = people.supplier("Synlighed ApS", "produkt@synlighed.example.dk");
        String[] reviewer = people.reviewer("bedoemmer@center.example.dk");
        String[][] readers = {new String[0], people.supplier("Anden Løsning ApS", "produkt@andenloesning.example.dk"), company, reviewer, people.admin()};
        // - not found; A the approved revision only; W the working revision only; AW both
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("DRAFT", List.of("-", "-", "W", "-", "-"));
        expected.put("SUBMITTED", List.of("-", "-", "W", "W", "-"));
        expected.put("IN_REVIEW", List.of("-", "-", "W", "W", "-"));
        expected.put("CHANGES_REQUESTED", List.of("-", "-", "W", "W", "-"));
        expected.put("REJECTED", List.of("-", "-", "W", "W", "-"));
        expected.put("WITHDRAWN", List.of("-", "-", "W", "W", "-"));
        expected.put("APPROVED", List.of("A", "A", "AW", "AW", "A"));
        expected.put("APPROVED_THEN_DRAFT", List.of("A", "A", "AW", "A", "A"));
        for (var row : expected.entrySet()) {
            String path = solutionIn(row.getKey(), company, reviewer);
            for (int reader = 0; reader < readers.length; reader++) {
                var answer = api.get(path, readers[reader]);
                String seen = answer.status() == 404 ? "-" : (answer.json().containsKey("approved") ? "A" : "") + (answer.json().containsKey("working") ? "W" : "");
                assertEquals(row.getValue().get(reader), seen, row.getKey() + " read by reader " + reader + ": " + answer);
                int revisions = api.get(path + "/revisions", readers[reader]).status();
                assertEquals(seen.equals("-") ? 404 : 200, revisions, row.getKey() + " revisions read by reader " + reader);
            }
            assertEquals(row.getKey().startsWith("APPROVED"), api.get("/api/v1/solutions?size=100").body().contains("Synlig " + row.getKey()),
                    row.getKey() + " in the catalogue");
        }
    }

    /** A solution of the company taken to the state named, through the API. */
    private String solutionIn(String state, String[] company, String[] reviewer) {
        var created = api.post("/api/v1/solutions", solution("Synlig " + state, complete), company);
        String path = "/api/v1/solutions/" + created.json().getJsonNumber("id");
        if (state.equals("DRAFT")) {
            return path;
        }
        assertEquals(200, api.post(path + "/submit", null, company).status());
        if (state.equals("WITHDRAWN")) {
            assertEquals(200, api.post(path + "/withdraw", null, company).status());
        }
        if (state.equals("SUBMITTED") || state.equals("WITHDRAWN")) {
            return path;
        }
        String decide = path + "/reviews/" + api.post(path + "/reviews", null, reviewer).json().getJsonNumber("id") + "/decision";
        switch (state) {
            case "CHANGES_REQUESTED" -> assertEquals(200, api.post(decide, decision("CHANGES_REQUESTED", "PARTLY", "Uddyb"), reviewer).status());
            case "REJECTED" -> assertEquals(200, api.post(decide, decision("REJECTED", "MISSING", "Ikke dokumenteret"), reviewer).status());
            case "APPROVED", "APPROVED_THEN_DRAFT" -> assertEquals(200, api.post(decide, decision("APPROVED", "MEETS", null), reviewer).status());
            default -> { }
        }
        if (state.equals("APPROVED_THEN_DRAFT")) {
            assertEquals(200, api.put(path, solution("Synlig næste udgave", complete),
                    Api.with(company, "If-Match", api.get(path, company).header("ETag").orElseThrow())).status());
        }
        return path;
    }

    @Test
    void anApprovedSolutionWhoseCertificateExpiresIsDueForReviewAgainForItsCompanyAndReviewers() throws Exception {
        String[] company = people.supplier("Udløb ApS", "produkt@udloeb.example.dk");
        String[] reviewer = people.reviewer("bedoemmer@center.example.dk");
        LocalDate today = LocalDate.ofInstant(people.serverTime(), ZoneId.of("Europe/Copenhagen"));
        String expiring = complete.replace(today.plusYears(1).toString(), today.plusDays(10).toString());
        var created = api.post("/api/v1/solutions", solution("Udløbende certifikat", expiring), company);
        String path = "/api/v1/solutions/" + created.json().getJsonNumber("id");
        assertEquals(200, api.post(path + "/submit", null, company).status());
        String decide = path + "/reviews/" + api.post(path + "/reviews", null, reviewer).json().getJsonNumber("id") + "/decision";
        assertEquals(200, api.post(decide, decision("APPROVED", "MEETS", null), reviewer).status());
        assertFalse(api.get("/api/v1/solutions/re-review-due?size=100", reviewer).body().contains("Udløbende certifikat"));
        assertEquals(0, api.get(path, company).json().getJsonArray("expiredCertificates").size());

        people.advance(Duration.ofDays(11));
        company = people.supplier("Udløb ApS", "produkt@udloeb.example.dk");
        reviewer = people.reviewer("bedoemmer@center.example.dk");
        var due = api.get("/api/v1/solutions/re-review-due?size=100", reviewer);
        assertTrue(due.body().contains("Udløbende certifikat"), due.toString());
        JsonObject expired = api.get(path, company).json().getJsonArray("expiredCertificates").getJsonObject(0);
        assertEquals("ISO/IEC 27001", expired.getString("certificate"));
        assertEquals(today.plusDays(10).toString(), expired.getString("expiresOn"));
        assertFalse(api.get(path).json().containsKey("expiredCertificates"), "the public is not told");
        Api.assertProblem(api.get("/api/v1/solutions/re-review-due", company), 403, null);
        assertEquals(200, api.get("/api/v1/solutions?size=100").status(), "the solution stays public meanwhile");
        assertTrue(api.get("/api/v1/solutions?size=100").body().contains("Udløbende certifikat"));
    }
}
