package dk.healthmarket.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.healthmarket.organisation.Cvr;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The REST API of the real WAR on Payara Micro against a real MariaDB: registration, tokens,
 * roles, bad input, optimistic locking and the audit chain. Each refusal is checked twice: the
 * problem the client gets, and that the database did not change.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MarketplaceApiIT extends DeployedApi {

    private static final AtomicInteger NEXT_CVR = new AtomicInteger(30_000_000);
    private static final String PASSWORD = "a-long-test-password";

    @Test
    void theRegionsAreTheFiveDanishRegionsWithTheirCodes() {
        var answer = api.get("/api/v1/regions");
        assertEquals(200, answer.status());
        var regions = answer.structure().asJsonArray();
        assertEquals(5, regions.size());
        assertEquals("DK-81", regions.getJsonObject(0).getString("code"));
        assertEquals("DK05", regions.getJsonObject(0).getString("nuts2"));
        assertEquals("DK-85", regions.getJsonObject(4).getString("code"));
    }

    @Test
    void aCompanyRegistersWithItsFirstSupplier() throws Exception {
        String cvr = nextCvr();
        var answer = api.post("/api/v1/companies", registration("Sensorhjem ApS", cvr, "kim@sensorhjem.dk"));
        assertEquals(201, answer.status(), answer.toString());
        JsonObject company = answer.json().getJsonObject("company");
        long id = company.getJsonNumber("id").longValue();
        assertEquals("COMPANY", company.getString("type"));
        assertEquals(cvr, company.getString("cvr"));
        assertTrue(answer.header("Location").orElseThrow().endsWith("/api/v1/organisations/" + id));

        assertEquals(1, count("select count(*) from organisation where cvr = '" + cvr + "'"));
        assertEquals("SUPPLIER", database.single("select r.role from user_role r join user_account u on u.id = r.user_id where u.email = 'kim@sensorhjem.dk'"));
        assertEquals("self-registration kim@sensorhjem.dk",
                database.single("select actor from audit_entry where action = 'organisation.created' and object_id = '" + id + "'"));
        assertEquals(1, count("select count(*) from search_outbox where document_type = 'ORGANISATION' and document_id = '" + id + "'"));
    }

    @Test
    void badRegistrationsAreRefusedFieldByFieldAndStoreNothing() throws Exception {
        String cvr = nextCvr();
        assertEquals(201, api.post("/api/v1/companies", registration("Første ApS", cvr, "first@foerste.dk")).status());
        long organisations = count("select count(*) from organisation");
        long users = count("select count(*) from user_account");

        Api.assertProblem(api.post("/api/v1/companies", registration("Forkert ApS", "12345678", "x@forkert.dk")), 400, "cvr");
        Api.assertProblem(api.post("/api/v1/companies", registration("Dublet ApS", cvr, "other@dublet.dk")), 409, "cvr");
        Api.assertProblem(api.post("/api/v1/companies", registration("Anden ApS", nextCvr(), "FIRST@foerste.dk")), 409, "email");
        Api.assertProblem(api.post("/api/v1/companies", registration("x".repeat(201), nextCvr(), "long@name.dk")), 400, "companyName");
        Api.assertProblem(api.post("/api/v1/companies", registration("Svag ApS", nextCvr(), "weak@svag.dk").replace(PASSWORD, "short")), 400, "password");
        Api.assertProblem(api.post("/api/v1/companies", "{\"companyName\": \"Halv"), 400, null);
        Api.assertProblem(api.post("/api/v1/companies", null), 400, null);
        Api.assertProblem(api.send("POST", "/api/v1/companies", "text/plain", "Firma ApS"), 415, null);

        assertEquals(organisations, count("select count(*) from organisation"));
        assertEquals(users, count("select count(*) from user_account"));
    }

    @Test
    void aTokenAuthenticatesItsUserUntilRevoked() {
        register("token@tokenfirma.dk");
        String token = api.token("token@tokenfirma.dk", PASSWORD);
        var me = api.get("/api/v1/users/me", Api.bearer(token));
        assertEquals(200, me.status());
        assertEquals("token@tokenfirma.dk", me.json().getString("email"));
        assertEquals("SUPPLIER", me.json().getJsonArray("roles").getString(0));

        assertEquals(204, api.send("DELETE", "/api/v1/auth/token", null, null, Api.bearer(token)).status());
        Api.assertProblem(api.get("/api/v1/users/me", Api.bearer(token)), 401, null);
    }

    @Test
    void wrongPasswordsAndMalformedTokensAre401() {
        register("wrong@pwfirma.dk");
        Api.assertProblem(api.post("/api/v1/auth/token", "{\"email\":\"wrong@pwfirma.dk\",\"password\":\"not-the-password\"}"), 401, null);
        Api.assertProblem(api.post("/api/v1/auth/token", "{\"email\":\"nobody@nowhere.dk\",\"password\":\"whatever-it-is\"}"), 401, null);
        Api.assertProblem(api.post("/api/v1/auth/token", "{}"), 400, null);
        Api.assertProblem(api.post("/api/v1/auth/token", "{\"email\":\"wrong@pwfirma.dk\",\"password\":\"" + "x".repeat(1_000_000) + "\"}"), 401, null);
        Api.assertProblem(api.get("/api/v1/users/me", "Authorization", "Bearer not-a-token"), 401, null);
        Api.assertProblem(api.get("/api/v1/users/me", "Authorization", "Basic dXNlcjpwYXNz"), 401, null);
        Api.assertProblem(api.get("/api/v1/users/me"), 401, null);
    }

    @Test
    void aSupplierGets403OnAdministrationAndChangesNothing() throws Exception {
        register("supplier@rollefirma.dk");
        String[] supplier = Api.bearer(api.token("supplier@rollefirma.dk", PASSWORD));
        long organisations = count("select count(*) from organisation");

        Api.assertProblem(api.get("/api/v1/users", supplier), 403, null);
        Api.assertProblem(api.get("/api/v1/audit", supplier), 403, null);
        Api.assertProblem(api.post("/api/v1/audit/verification", null, supplier), 403, null);
        Api.assertProblem(api.post("/api/v1/organisations", "{\"name\":\"Ny Kommune\",\"type\":\"MUNICIPALITY\",\"regionCode\":\"DK-82\"}", supplier), 403, null);
        Api.assertProblem(api.post("/api/v1/organisations", "{\"name\":\"Ny Kommune\",\"type\":\"MUNICIPALITY\",\"regionCode\":\"DK-82\"}"), 401, null);
        assertEquals(organisations, count("select count(*) from organisation"));
        assertEquals(200, api.get("/api/v1/users", admin()).status());
    }

    @Test
    void organisationsArePagedWithBoundedSizes() throws Exception {
        var page = api.get("/api/v1/organisations?page=1&size=3");
        assertEquals(200, page.status());
        assertEquals(3, page.json().getJsonArray("items").size());
        assertEquals(count("select count(*) from organisation"), page.json().getJsonNumber("total").longValue());
        Api.assertProblem(api.get("/api/v1/organisations?size=101"), 400, "size");
        Api.assertProblem(api.get("/api/v1/organisations?page=0"), 400, "page");
        Api.assertProblem(api.get("/api/v1/organisations?page=two"), 400, "page");
        Api.assertProblem(api.get("/api/v1/organisations?type=CASTLE"), 400, "type");
        var regional = api.get("/api/v1/organisations?type=REGION");
        assertEquals(5, regional.json().getJsonNumber("total").longValue());
    }

    @Test
    void anUpdateFromAStaleReadIsRefused() throws Exception {
        String[] admin = admin();
        var created = api.post("/api/v1/organisations", "{\"name\":\"Silkeborg Kommune\",\"type\":\"MUNICIPALITY\",\"regionCode\":\"DK-82\"}", admin);
        assertEquals(201, created.status(), created.toString());
        String path = "/api/v1/organisations/" + created.json().getJsonNumber("id").longValue();
        String etag = api.get(path).header("ETag").orElseThrow();

        var renamed = api.put(path, "{\"name\":\"Silkeborg Kommune (sundhed)\",\"type\":\"MUNICIPALITY\",\"regionCode\":\"DK-82\"}", Api.with(admin, "If-Match", etag));
        assertEquals(200, renamed.status(), renamed.toString());
        assertFalse(etag.equals(renamed.header("ETag").orElseThrow()));

        Api.assertProblem(api.put(path, "{\"name\":\"Overskrevet\",\"type\":\"MUNICIPALITY\",\"regionCode\":\"DK-82\"}", Api.with(admin, "If-Match", etag)), 412, null);
        Api.assertProblem(api.put(path, "{\"name\":\"Overskrevet\",\"type\":\"MUNICIPALITY\",\"regionCode\":\"DK-82\"}", admin), 428, null);
        Api.assertProblem(api.put(path, "{\"name\":\"Overskrevet\",\"type\":\"MUNICIPALITY\"}", Api.with(admin, "If-Match", renamed.header("ETag").orElseThrow())), 400, "regionCode");
        assertEquals("Silkeborg Kommune (sundhed)", database.single("select name from organisation where id = " + path.substring(path.lastIndexOf('/') + 1)));
    }

    @Test
    void aDisabledUsersTokensStopWorking() throws Exception {
        String[] admin = admin();
        long centre = count("select id from organisation where type = 'INNOVATION_CENTRE'");
        var created = api.post("/api/v1/users", "{\"email\":\"reviewer@centre.dk\",\"displayName\":\"Rita Reviewer\",\"organisationId\":" + centre
                + ",\"roles\":[\"REVIEWER\"],\"password\":\"" + PASSWORD + "\"}", admin);
        assertEquals(201, created.status(), created.toString());
        String token = api.token("reviewer@centre.dk", PASSWORD);
        assertEquals(200, api.get("/api/v1/users/me", Api.bearer(token)).status());

        var disabled = api.post("/api/v1/users/" + created.json().getJsonNumber("id").longValue() + "/disable", null, admin);
        assertEquals(200, disabled.status());
        assertFalse(disabled.json().getBoolean("enabled"));
        Api.assertProblem(api.get("/api/v1/users/me", Api.bearer(token)), 401, null);
        Api.assertProblem(api.post("/api/v1/auth/token", "{\"email\":\"reviewer@centre.dk\",\"password\":\"" + PASSWORD + "\"}"), 401, null);
    }

    @Test
    void aUserCannotHoldARoleItsOrganisationCannot() throws Exception {
        long region = count("select id from organisation where name = 'Region Sjælland'");
        Api.assertProblem(api.post("/api/v1/users", "{\"email\":\"odd@region.dk\",\"displayName\":\"Odd\",\"organisationId\":" + region
                + ",\"roles\":[\"SUPPLIER\"],\"password\":\"" + PASSWORD + "\"}", admin()), 400, "roles");
        assertEquals(0, count("select count(*) from user_account where email = 'odd@region.dk'"));
    }

    @Test
    void unknownAddressesAndMethodsAreProblemsToo() {
        Api.assertProblem(api.get("/api/v1/no-such-thing"), 404, null);
        Api.assertProblem(api.send("DELETE", "/api/v1/regions", null, null), 405, null);
        Api.assertProblem(api.get("/api/v1/organisations/999999"), 404, null);
    }

    @Test
    void operationsEndpointsAnswer() {
        var ready = api.get("/health/ready");
        assertEquals(200, ready.status());
        assertEquals("UP", ready.json().getString("status"));
        var openapi = api.get("/openapi", "Accept", "application/json");
        assertEquals(200, openapi.status());
        JsonObject paths = openapi.json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/companies"));
        int operations = 0;
        for (String path : paths.keySet()) {
            for (var operation : paths.getJsonObject(path).entrySet()) {
                JsonObject responses = operation.getValue().asJsonObject().getJsonObject("responses");
                for (String status : List.of("400", "401", "403", "404", "500", "503")) {
                    assertTrue(responses.containsKey(status), operation.getKey() + " " + path + " documents " + status);
                }
                for (String status : responses.keySet()) {
                    if (status.matches("[45]\\d\\d")) {
                        var content = responses.getJsonObject(status).getJsonObject("content");
                        assertTrue(content != null && content.containsKey("application/problem+json"),
                                operation.getKey() + " " + path + " answers " + status + " as problem+json");
                    }
                }
                operations++;
            }
        }
        assertTrue(operations >= 17, "operations documented: " + operations);
        assertEquals(200, api.get("/metrics").status());
    }

    @Test
    @Order(90)
    void repeatedFailedLoginsPauseTheAccount() {
        register("guess@throttle.dk");
        for (int i = 0; i < 5; i++) {
            Api.assertProblem(api.post("/api/v1/auth/token", "{\"email\":\"guess@throttle.dk\",\"password\":\"guess-number-" + i + "\"}"), 401, null);
        }
        var paused = api.post("/api/v1/auth/token", "{\"email\":\"guess@throttle.dk\",\"password\":\"" + PASSWORD + "\"}");
        Api.assertProblem(paused, 429, null);
        assertEquals("30", paused.header("Retry-After").orElseThrow());
    }

    @Test
    @Order(100)
    void theAuditChainRevealsAnEditedEntry() throws Exception {
        String[] admin = admin();
        var intact = api.post("/api/v1/audit/verification", null, admin);
        assertEquals(200, intact.status());
        assertTrue(intact.json().getBoolean("intact"), intact.toString());

        long target = count("select min(sequence) from audit_entry where action = 'organisation.created'");
        String original = database.single("select detail from audit_entry where sequence = " + target);
        try (Connection c = database.connect()) {
            c.createStatement().executeUpdate("update audit_entry set detail = 'nothing happened' where sequence = " + target);
        }
        var broken = api.post("/api/v1/audit/verification", null, admin);
        assertFalse(broken.json().getBoolean("intact"));
        assertEquals(target, broken.json().getJsonNumber("brokenAt").longValue());

        var log = api.get("/api/v1/audit?action=audit.verified&size=1", admin);
        assertTrue(log.json().getJsonArray("items").getJsonObject(0).getString("detail").startsWith("BROKEN at entry " + target));

        // the other test classes share this database and verify the chain too: put the entry back
        try (Connection c = database.connect(); var statement = c.prepareStatement("update audit_entry set detail = ? where sequence = ?")) {
            statement.setString(1, original);
            statement.setLong(2, target);
            statement.executeUpdate();
        }
        assertTrue(api.post("/api/v1/audit/verification", null, admin).json().getBoolean("intact"));
    }

    @Test
    @Order(200)
    void aTokenStopsWorkingWhenItsLifetimeHasPassed() {
        register("expiry@tokenfirma.dk");
        String token = api.token("expiry@tokenfirma.dk", PASSWORD);
        assertEquals(200, api.get("/api/v1/users/me", Api.bearer(token)).status());

        assertEquals(200, api.post("/api/v1/test/clock?seconds=" + (8 * 3600 - 60), null).status());
        assertEquals(200, api.get("/api/v1/users/me", Api.bearer(token)).status());
        assertEquals(200, api.post("/api/v1/test/clock?seconds=61", null).status());
        Api.assertProblem(api.get("/api/v1/users/me", Api.bearer(token)), 401, null);
    }

    private void register(String email) {
        var answer = api.post("/api/v1/companies", registration("Firma " + email, nextCvr(), email));
        assertEquals(201, answer.status(), answer.toString());
    }

    private String[] admin() {
        return Api.bearer(api.token(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD));
    }

    private static String registration(String company, String cvr, String email) {
        return "{\"companyName\":\"" + company + "\",\"cvr\":\"" + cvr + "\",\"contactName\":\"Kim Kontakt\",\"email\":\""
                + email + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    private static String nextCvr() {
        while (true) {
            String candidate = String.valueOf(NEXT_CVR.getAndIncrement());
            if (Cvr.isValid(candidate)) {
                return candidate;
            }
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(database.single(sql));
    }

}
