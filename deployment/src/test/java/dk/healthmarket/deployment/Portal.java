package dk.healthmarket.deployment;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The portal as its users run it: {@code java -jar marketplace.jar} in a process of its own. */
final class Portal implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final int port;
    final Path dataDir;
    final Path log;
    private final Map<String, String> env;
    /** The tests cap the heap, so that they measure the memory the portal needs, not what the JVM would take. */
    private List<String> jvmOptions = List.of("-Xmx512m");
    private Process process;
    private long readyMillis;

    Portal(Path dataDir, Map<String, String> env) throws IOException {
        this.port = freePort();
        this.dataDir = dataDir;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-" + port + ".log");
        this.env = new HashMap<>(env);
        this.env.put("MARKETPLACE_PORT", String.valueOf(port));
        this.env.put("MARKETPLACE_DATA_DIR", dataDir.toString());
    }

    /** Options for the portal's JVM instead of the tests' heap cap; none runs it with the JVM's defaults, as {@code portal.sh} does. */
    Portal jvmOptions(String... options) {
        jvmOptions = List.of(options);
        return this;
    }

    /** Starts the launcher without waiting. */
    Portal launch(String... args) throws IOException {
        Files.createDirectories(log.getParent());
        var command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("portal.jar")));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("MARKETPLACE_"));
        builder.environment().putAll(env);
        process = builder.start();
        return this;
    }

    /** Starts the launcher and waits until /health/ready says UP; remembers how long that took. */
    Portal start(String... args) throws Exception {
        long started = System.nanoTime();
        launch(args);
        awaitReady(Duration.ofMinutes(4));
        readyMillis = (System.nanoTime() - started) / 1_000_000;
        return this;
    }

    void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the portal exited with " + process.exitValue() + "; see " + log);
            }
            if (status("/health/ready") == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the portal was not ready within " + timeout + "; see " + log);
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** The status of a GET, or -1 when nothing answers (yet). */
    int status(String path) {
        try {
            return send(path).statusCode();
        } catch (IOException notListening) {
            return -1;
        }
    }

    HttpResponse<String> get(String path) {
        try {
            return send(path);
        } catch (IOException e) {
            throw new AssertionError("no answer from " + path, e);
        }
    }

    /** A request with a JSON body (or none) and headers as name, value pairs. */
    HttpResponse<String> call(String method, String path, String json, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer from " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> send(String path) throws IOException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    long readyMillis() {
        return readyMillis;
    }

    /** Resident memory of the portal and its embedded database, in MiB. */
    long residentMegabytes() {
        return (residentKilobytes(process.toHandle()) + process.descendants().mapToLong(Portal::residentKilobytes).sum()) / 1024;
    }

    Process process() {
        return process;
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    /** Stops it the way Ctrl-C does (SIGTERM runs the same shutdown hooks) and returns the exit code. */
    int stop() throws Exception {
        var children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the portal did not stop within 90 s");
        }
        for (ProcessHandle child : children) {
            child.onExit().get(30, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static long residentKilobytes(ProcessHandle handle) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(handle.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
