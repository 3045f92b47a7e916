package dk.healthmarket.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Documented solutions through REST on the real WAR: drafts, the completeness check, submission and who sees what. */
class SolutionApiIT extends DeployedApi {

    private static final String COMPLETE_DOCUMENTATION = """
            {"regulatory":{"mdrClass":"CLASS_IIA","ceDeclaration":"EU-overensstemmelseserklæring 2025","notifiedBodyCertificate":"BSI 2797 MDR 700123",
              "certificateExpiresOn":"2029-06-30"},
             "evidence":{"level":"TIER_C","studies":[{"type":"RCT","reference":"10.2196/jmir.9316","population":"212 KOL-patienter",
               "mainResult":"22 % færre indlæggelser"}]},
             "safety":{"hazardLogSummary":"Hazard log efter DCB0129; 14 risici under tolerancegrænsen."},
             "dataProtection":{"processesHealthData":true,"dpiaSummary":"DPIA 2025, lav restrisiko","dataProcessingAgreement":true,"dataInEuEea":true},
             "security":{"certifications":[{"name":"ISO/IEC 27001","expiresOn":"2027-12-31"}],"penetrationTestOn":"2026-05-01"},
             "interoperability":{"standards":["HL7_FHIR_R4","MEDCOM_MESSAGES"]},
             "usability":{"patientFacing":true,"wcag21AaConformant":true,"languages":["da","en"]},
             "labourSaving":{"figures":[{"staffGroup":"NURSE","hoursPerPatientPerYear":6.5,"evidence":"Tidsregistrering i pilotdrift"}]}}""";

    private Tendering people;

    @BeforeEach
    void people() {
        people = new Tendering(api, database);
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

        var completed = api.put(path, solution("KOL Hjem", COMPLETE_DOCUMENTATION), Api.with(company, "If-Match", created.header("ETag").orElseThrow()));
        assertEquals(200, completed.status(), completed.toString());
        assertEquals(0, completed.json().getJsonObject("working").getJsonObject("missing").size(), completed.body());
        var submitted = api.post(path + "/submit", null, company);
        assertEquals("SUBMITTED", submitted.json().getJsonObject("working").getString("status"), submitted.toString());
        assertEquals("CLASS_IIA", submitted.json().getJsonObject("working").getJsonObject("documentation").getJsonObject("regulatory").getString("mdrClass"));

        var reviewerSees = api.get(path, people.reviewer("bedoemmer@center.example.dk"));
        assertEquals(200, reviewerSees.status(), reviewerSees.toString());
        Api.assertProblem(api.put(path, solution("KOL Hjem 2", COMPLETE_DOCUMENTATION), Api.with(company, "If-Match", api.get(path, company).header("ETag").orElseThrow())), 409, null);
        Api.assertProblem(api.post(path + "/submit", null, company), 409, null);
        assertFalse(api.get("/api/v1/solutions").body().contains("KOL Hjem"), "nothing is public before approval");
        assertEquals(1, api.get("/api/v1/solutions/mine", company).json().getInt("total"));
        assertEquals("WITHDRAWN", api.post(path + "/withdraw", null, company).json().getJsonObject("working").getString("status"));
        assertEquals("3", database.single("select count(*) from audit_entry where object_type = 'Solution' and object_id = '"
                + created.json().getJsonNumber("id") + "' and action in ('solution.created', 'solution.changed', 'solution.submitted')"));
    }

    static String decision(String decision, String verdict, String reasons) {
        StringBuilder verdicts = new StringBuilder();
        for (String domain : List.of("REGULATORY", "CLINICAL_EVIDENCE", "CLINICAL_SAFETY", "DATA_PROTECTION", "INFORMATION_SECURITY",
                "INTEROPERABILITY", "USABILITY_ACCESSIBILITY", "LABOUR_SAVING")) {
            verdicts.append(verdicts.isEmpty() ? "" : ",").append("\"").append(domain).append("\":\"")
                    .append(domain.equals("CLINICAL_EVIDENCE") ? verdict : "MEETS").append("\"");
        }
        return "{\"decision\":\"" + decision + "\",\"verdicts\":{" + verdicts + "},\"comments\":{\"CLINICAL_EVIDENCE\":\"Angiv studiets effektmål.\"}"
                + (reasons == null ? "" : ",\"reasons\":\"" + reasons + "\"") + "}";
    }

    @Test
    void theCentreReviewsSendsBackAndApprovesAndTheApprovedRevisionStaysPublicWhileTheNextIsWorkedOn() throws Exception {
        String[] company = people.supplier("Sårskanner ApS", "produkt@saarskanner.example.dk");
        var created = api.post("/api/v1/solutions", solution("Sårskanner", COMPLETE_DOCUMENTATION), company);
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

        var revised = api.put(path, solution("Sårskanner 1.1", COMPLETE_DOCUMENTATION), Api.with(company, "If-Match", api.get(path, company).header("ETag").orElseThrow()));
        assertEquals(1, revised.json().getJsonObject("working").getInt("number"), "changes go into the revision sent back");
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

        var next = api.put(path, solution("Sårskanner 2", COMPLETE_DOCUMENTATION), Api.with(company, "If-Match", api.get(path, company).header("ETag").orElseThrow()));
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
        Api.assertProblem(api.post("/api/v1/solutions", solution("Tomt studie", COMPLETE_DOCUMENTATION)
                .replaceFirst("\"studies\":\\[\\{[^]]*\\]", "\"studies\":[null]"), company), 400, "documentation.evidence.studies[0]");
        Api.assertProblem(api.post("/api/v1/solutions", solution("Tomt tal", COMPLETE_DOCUMENTATION)
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
}
