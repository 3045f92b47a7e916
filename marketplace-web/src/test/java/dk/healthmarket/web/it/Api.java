package dk.healthmarket.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Optional;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** A small HTTP client for the API under test, against 127.0.0.1. */
final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String root;
    private final String application;

    Api(URI deployment) {
        // the container reports the machine's first non-loopback address; the tests stay on loopback
        this.root = "http://127.0.0.1:" + deployment.getPort();
        this.application = root + deployment.getPath().replaceAll("/$", "");
    }

    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /**
     * Waits until the application answers its API, so that no test starts against a server that
     * is up but not yet serving the application (one CI run saw a whole class answered 404).
     */
    void awaitApplication() throws InterruptedException {
        Answer last = null;
        for (int attempt = 0; attempt < 300; attempt++) {
            try {
                last = get("/api/v1/regions");
                if (last.status() == 200) {
                    return;
                }
            } catch (AssertionError notListening) {
                // the port is not open yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application at " + application + " never answered GET /api/v1/regions: " + last);
    }

    Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    Answer post(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    /** Posts raw bytes, as a file upload does. */
    Answer upload(String path, byte[] content, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)), headers);
    }

    /** The raw bytes of a download. */
    HttpResponse<byte[]> download(String path, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Answer put(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    Answer send(String method, String path, String contentType, String body, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, headers);
    }

    String token(String email, String password) {
        Answer answer = post("/api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (answer.status() != 200) {
            throw new AssertionError("no token for " + email + ": " + answer);
        }
        return answer.json().getString("accessToken");
    }

    static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    /** Headers with one more. */
    static String[] with(String[] headers, String name, String value) {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = name;
        all[headers.length + 1] = value;
        return all;
    }

    /** A refusal as the API promises it: the status, problem+json, a detail, no internals, and the field if named. */
    static void assertProblem(Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.toString());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(answer.body().contains("Exception"), answer.body());
        if (field != null) {
            assertTrue(problem.getJsonArray("fields").stream().anyMatch(f -> f.asJsonObject().getString("field").equals(field)),
                    answer.toString());
        }
    }

    /** The real WAR plus a clock the tests can move forward: the one deployment every API test uses. */
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("war.file")))
                .addClasses(TestClock.class, TestClockResource.class, TestReachResource.class, AwardsObserved.class, BrokenSearchPages.class);
    }

    /** Application paths live under the deployment's context; health, metrics and OpenAPI at the root. */
    private URI uri(String path) {
        return URI.create((path.startsWith("/api/") ? application : root) + path);
    }

    private Answer send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
