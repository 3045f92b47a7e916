package dk.healthmarket.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The launcher refuses to start, quickly and clearly, when its database cannot be used or its application does not start. */
class LauncherIT {

    @Test
    void anUnreachableDatabaseStopsTheStartWithAClearMessage() throws Exception {
        int closedPort = Portal.freePort();
        Path dataDir = Files.createDirectories(Path.of("target", "it-launcher")).toAbsolutePath().resolve("unreachable");
        try (var portal = new Portal(dataDir, Map.of(
                "MARKETPLACE_DB_URL", "jdbc:mariadb://127.0.0.1:" + closedPort + "/marketplace",
                "MARKETPLACE_DB_USER", "marketplace",
                "MARKETPLACE_DB_PASSWORD", "secret"))) {
            portal.launch();
            assertTrue(portal.process().waitFor(60, TimeUnit.SECONDS), "the launcher hung instead of stopping");
            assertEquals(2, portal.process().exitValue());
            String log = portal.logText();
            assertTrue(log.contains("The marketplace cannot start: the database at jdbc:mariadb://127.0.0.1:" + closedPort
                    + "/marketplace cannot be reached"), log);
            assertTrue(log.contains("MARKETPLACE_DB_URL"), log);
        }
    }

    @Test
    void anApplicationThatFailsToStartStopsTheLaunchInsteadOfRunningWithout() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "it-launcher")).toAbsolutePath().resolve("refused-administrator");
        // the password policy refuses a password that contains the e-mail's name, so the application's start fails
        try (var portal = new Portal(dataDir, Map.of("MARKETPLACE_EMBEDDED_DB_PORT", String.valueOf(Portal.freePort()),
                "MARKETPLACE_ADMIN_EMAIL", "admin@example.dk", "MARKETPLACE_ADMIN_PASSWORD", "Admin-Password-2026"))) {
            portal.launch();
            assertTrue(portal.process().waitFor(3, TimeUnit.MINUTES), "the launcher kept running without its application");
            assertEquals(2, portal.process().exitValue());
            String log = portal.logText();
            assertTrue(log.contains("The marketplace cannot start: the application did not deploy"), log);
            assertTrue(log.contains("The password must not contain your e-mail address"), log);
            assertFalse(log.contains("is running at"), log);
        }
    }

    @Test
    void anExternalDatabaseWithoutAPasswordIsRefused() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "it-launcher")).toAbsolutePath().resolve("no-password");
        try (var portal = new Portal(dataDir, Map.of("MARKETPLACE_DB_URL", "jdbc:mariadb://127.0.0.1:3306/test"))) {
            portal.launch();
            assertTrue(portal.process().waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, portal.process().exitValue());
            assertTrue(portal.logText().contains("MARKETPLACE_DB_PASSWORD must be set"), portal.logText());
        }
    }
}
