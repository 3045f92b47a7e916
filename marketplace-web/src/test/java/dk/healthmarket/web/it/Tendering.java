package dk.healthmarket.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.healthmarket.organisation.Cvr;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/** The people and tenders the tender and bid tests need: buyers, suppliers, tenders, the server's clock. */
final class Tendering {

    static final String PASSWORD = "a-long-buyer-password";

    private final Api api;
    private final TestDatabase database;

    Tendering(Api api, TestDatabase database) {
        this.api = api;
        this.database = database;
    }

    /** A buyer of the named region, created by the administrator the first time; its bearer header. */
    String[] buyer(String region, String email) throws SQLException {
        return user(email, "Indkøber", region(region), "BUYER");
    }

    /** A reviewer at the innovation centre. */
    String[] reviewer(String email) throws SQLException {
        long centre = Long.parseLong(database.single("select id from organisation where type = 'INNOVATION_CENTRE'"));
        return user(email, "Bedømmer", centre, "REVIEWER");
    }

    String[] admin() {
        return Api.bearer(api.token(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD));
    }

    /** A supplier of the named company, which registers itself the first time. */
    String[] supplier(String company, String email) throws SQLException {
        if ("0".equals(database.single("select count(*) from user_account where email = '" + email + "'"))) {
            var registered = api.post("/api/v1/companies", "{\"companyName\":\"" + company + "\",\"cvr\":\"" + cvr(email)
                    + "\",\"contactName\":\"Kontakt\",\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
            assertEquals(201, registered.status(), registered.toString());
        }
        return Api.bearer(api.token(email, PASSWORD));
    }

    /** Creates, submits and approves a solution; answers its path. */
    String approvedSolution(String solution, String[] company, String[] reviewer) {
        var created = api.post("/api/v1/solutions", solution, company);
        assertEquals(201, created.status(), created.toString());
        String path = "/api/v1/solutions/" + created.json().getJsonNumber("id");
        assertEquals(200, api.post(path + "/submit", null, company).status());
        String decide = path + "/reviews/" + api.post(path + "/reviews", null, reviewer).json().getJsonNumber("id") + "/decision";
        assertEquals(200, api.post(decide, SolutionApiIT.decision("APPROVED", "MEETS", null), reviewer).status());
        return path;
    }

    /** A free valid CVR number derived from a name. */
    String cvr(String seed) throws SQLException {
        int start = 31_000_000 + Math.abs(seed.hashCode() % 1_000_000);
        for (int n = start; ; n++) {
            if (Cvr.isValid(String.valueOf(n)) && "0".equals(database.single("select count(*) from organisation where cvr = '" + n + "'"))) {
                return String.valueOf(n);
            }
        }
    }

    long publishedTender(String[] buyer, Instant submission, Instant award) {
        var created = api.post("/api/v1/tenders", tender("Faldsensorer til plejecentre", "33190000", submission.minus(Duration.ofDays(7)),
                submission, 50, 50).replace(award(submission), "\"" + award + "\""), buyer);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, api.post("/api/v1/tenders/" + id + "/publish", null, buyer).status());
        return id;
    }

    /** A tender with two lots, price and quality criteria, the lead buyer and Region Nordjylland taking part. */
    String tender(String title, String mainCpv, Instant clarification, Instant submission, int priceWeight, int qualityWeight) {
        return "{\"title\":\"" + title + "\",\"description\":\"Fælles udbud for regioner og kommuner.\",\"procedure\":\"OPEN\","
                + "\"estimatedValue\":4500000,\"mainCpv\":\"" + mainCpv + "\",\"additionalCpv\":[\"48180000\"],"
                + "\"participants\":[{\"organisationId\":" + region("Region Nordjylland") + ",\"sharePercent\":25}],"
                + "\"lots\":[{\"title\":\"Udstyr\",\"estimatedValue\":3000000},{\"title\":\"Drift og support\"}],"
                + "\"criteria\":[{\"name\":\"Pris\",\"kind\":\"PRICE\",\"weight\":" + priceWeight + "},"
                + "{\"name\":\"Kvalitet\",\"kind\":\"QUALITY\",\"weight\":" + qualityWeight + "}]"
                + ",\"categories\":[\"TELEMEDICINE_HOME_TREATMENT\"],\"populationSegments\":[\"ELDER_CARE\",\"COMPLEX_CHRONIC_DISEASE\"]"
                + (clarification == null ? "" : ",\"clarificationDeadline\":\"" + clarification + "\"")
                + (submission == null ? "" : ",\"submissionDeadline\":\"" + submission + "\",\"expectedAwardDate\":" + award(submission))
                + "}";
    }

    static String award(Instant submission) {
        return "\"" + submission.plus(Duration.ofDays(30)) + "\"";
    }

    long region(String name) {
        try {
            return Long.parseLong(database.single("select id from organisation where type = 'REGION' and name = '" + name + "'"));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The deployment's clock now. */
    Instant serverTime() {
        return advance(Duration.ZERO);
    }

    /** Moves the deployment's clock forward; tokens older than their lifetime expire with it. */
    Instant advance(Duration duration) {
        var answer = api.post("/api/v1/test/clock?seconds=" + duration.toSeconds(), null);
        assertEquals(200, answer.status());
        return Instant.parse(answer.body());
    }

    private String[] user(String email, String name, long organisation, String role) throws SQLException {
        if ("0".equals(database.single("select count(*) from user_account where email = '" + email + "'"))) {
            var created = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"displayName\":\"" + name + "\",\"organisationId\":" + organisation
                    + ",\"roles\":[\"" + role + "\"],\"password\":\"" + PASSWORD + "\"}", admin());
            assertEquals(201, created.status(), created.toString());
        }
        return Api.bearer(api.token(email, PASSWORD));
    }
}
