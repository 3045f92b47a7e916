package dk.healthmarket.deployment;

import fish.payara.micro.PayaraMicroRuntime;
import fish.payara.micro.boot.PayaraMicroLauncher;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Starts the portal: the database (embedded MariaDB unless MARKETPLACE_DB_URL names a server),
 * then Payara Micro with the marketplace WAR. Ctrl-C stops both cleanly.
 */
public final class Launcher {

    private static final String APPLICATION = "marketplace-web";

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(usage());
            return;
        }
        try {
            run(LauncherConfig.read(System.getenv(), arguments.contains("--demo")));
        } catch (LaunchException e) {
            System.err.println("\nThe marketplace cannot start: " + e.getMessage() + "\n");
            System.exit(2);
        }
    }

    private static void run(LauncherConfig config) {
        long started = System.nanoTime();
        createDataDir(config.dataDir());
        Optional<EmbeddedDatabase> embedded = config.embedded()
                ? Optional.of(EmbeddedDatabase.start(config.dataDir(), config.embeddedDbPort()))
                : Optional.empty();
        String url = embedded.map(EmbeddedDatabase::jdbcUrl).orElseGet(() -> config.dbUrl().orElseThrow());
        checkDatabase(url, config.dbUser(), config.dbPassword());

        System.setProperty("marketplace.db.url", url);
        System.setProperty("marketplace.db.user", config.dbUser());
        System.setProperty("marketplace.db.password", config.dbPassword());
        System.setProperty("marketplace.data.dir", config.dataDir().toString());
        if (config.demo()) {
            System.setProperty("marketplace.demo", "true");
        }

        PayaraMicroRuntime payara = startPayara(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, embedded), "marketplace-shutdown"));
        if (!alive(config.port())) {
            stop(payara, embedded);
            throw new LaunchException("the application did not deploy; the log above says why.");
        }
        printWelcome(config, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Whether the application answers that it is alive. Payara's list of deployed applications
     * will not do: it names an application whose start failed (a singleton that refused its
     * settings, say). Its health endpoint then answers DOWN, "No Application deployed".
     */
    private static boolean alive(int port) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/live")).timeout(Duration.ofSeconds(30)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static PayaraMicroRuntime startPayara(LauncherConfig config) {
        List<String> payaraArgs = new ArrayList<>(List.of(
                "--deploy", war().toString(),
                "--contextroot", "/",
                "--port", String.valueOf(config.port()),
                "--nohostaware"));
        if (!config.cluster()) {
            payaraArgs.add("--nocluster");
        }
        try {
            return PayaraMicroLauncher.create(payaraArgs.toArray(String[]::new)).getRuntime();
        } catch (Exception e) {
            throw new LaunchException("Payara Micro did not start on port " + config.port() + ": " + e.getMessage()
                    + ". Is the port taken? Set MARKETPLACE_PORT to use another.", e);
        }
    }

    /** A database that does not answer stops the start at once with a clear message, rather than hanging. */
    static void checkDatabase(String url, String user, String password) {
        DriverManager.setLoginTimeout(10);
        String probe = url + (url.contains("?") ? "&" : "?") + "connectTimeout=5000&socketTimeout=10000";
        try (var connection = DriverManager.getConnection(probe, user, password)) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new LaunchException("the database at " + url + " cannot be reached (" + e.getMessage()
                    + "). Check MARKETPLACE_DB_URL, MARKETPLACE_DB_USER and MARKETPLACE_DB_PASSWORD, or unset MARKETPLACE_DB_URL"
                    + " to use the embedded database.", e);
        }
    }

    private static void stop(PayaraMicroRuntime payara, Optional<EmbeddedDatabase> embedded) {
        try {
            payara.shutdown();
        } catch (Exception | LinkageError e) {
            // already stopping through Payara's own shutdown hook
        }
        embedded.ifPresent(EmbeddedDatabase::close);
        System.out.println("The marketplace has stopped" + (embedded.isPresent() ? "; the embedded database is shut down." : "."));
    }

    private static void createDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new LaunchException("the data folder " + dataDir + " cannot be created: " + e.getMessage());
        }
    }

    private static Path war() {
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path war = jar.resolveSibling("lib").resolve(APPLICATION + ".war");
            if (!Files.isRegularFile(war)) {
                throw new LaunchException("the application " + war + " is missing; build it with 'mvn package'.");
            }
            return war;
        } catch (URISyntaxException e) {
            throw new LaunchException("cannot locate the launcher's folder: " + e.getMessage());
        }
    }

    private static void printWelcome(LauncherConfig config, long millis) {
        String base = "http://localhost:" + config.port();
        var text = new StringBuilder()
                .append("\n  Health Innovation Marketplace is running at ").append(base).append('/')
                .append("\n  started in ").append(millis / 1000.0).append(" s; database: ")
                .append(config.embedded() ? "embedded MariaDB, data in " + config.dataDir() : config.dbUrl().orElseThrow())
                .append("\n  API docs ").append(base).append("/openapi, health ").append(base).append("/health/ready")
                .append("\n  If this was the first start, the administrator's one-time password is in the log above")
                .append(" (look for 'First start').");
        if (config.demo()) {
            text.append("\n  Demo logins (password Demo-Marketplace-2026): admin@demo.healthmarket.dk, buyer@demo.healthmarket.dk,")
                    .append(" supplier@demo.healthmarket.dk, reviewer@demo.healthmarket.dk");
        }
        text.append("\n  Stop with Ctrl-C.\n");
        System.out.println(text);
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "java -jar deployment/target/marketplace.jar [--demo]",
                "",
                "  --demo   load the demo data (the same as MARKETPLACE_DEMO=true); loading twice adds nothing twice",
                "",
                "Settings (environment variables): MARKETPLACE_PORT (8080), MARKETPLACE_DATA_DIR (./data),",
                "MARKETPLACE_DB_URL, MARKETPLACE_DB_USER, MARKETPLACE_DB_PASSWORD (unset: embedded MariaDB),",
                "MARKETPLACE_DEMO (false), MARKETPLACE_ADMIN_EMAIL, MARKETPLACE_ADMIN_PASSWORD,",
                "MARKETPLACE_EMBEDDED_DB_PORT (0: any free port), MARKETPLACE_CLUSTER (false). See README.md.");
    }
}
