package dk.healthmarket.deployment;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings. Each is read the way MicroProfile Config reads it inside the
 * application: the environment variable (MARKETPLACE_PORT) wins over the system property
 * (marketplace.port), which wins over the default.
 */
record LauncherConfig(int port, Path dataDir, Optional<String> dbUrl, String dbUser, String dbPassword,
        boolean demo, int embeddedDbPort, boolean cluster) {

    /** The embedded server accepts any credentials; the application still needs non-empty ones. */
    static final String EMBEDDED_USER = "marketplace";
    static final String EMBEDDED_PASSWORD = "embedded";

    static LauncherConfig read(Map<String, String> env, boolean demoFlag) {
        var source = new Source(env);
        Optional<String> url = source.get("marketplace.db.url").filter(u -> !u.isBlank());
        String password = source.get("marketplace.db.password").orElse("");
        if (url.isPresent() && password.isEmpty()) {
            // MicroProfile Config reads an empty value as no value at all, so the pool would never get it
            throw new LaunchException("MARKETPLACE_DB_PASSWORD must be set when MARKETPLACE_DB_URL names a database server.");
        }
        return new LauncherConfig(
                source.integer("marketplace.port", 8080),
                Path.of(source.get("marketplace.data.dir").orElse("./data")).toAbsolutePath().normalize(),
                url,
                url.isPresent() ? source.get("marketplace.db.user").orElse("marketplace") : EMBEDDED_USER,
                url.isPresent() ? password : EMBEDDED_PASSWORD,
                demoFlag || source.get("marketplace.demo").map(Boolean::parseBoolean).orElse(false),
                source.integer("marketplace.embedded.db.port", 0),
                source.get("marketplace.cluster").map(Boolean::parseBoolean).orElse(false));
    }

    boolean embedded() {
        return dbUrl.isEmpty();
    }

    private record Source(Map<String, String> env) {

        Optional<String> get(String key) {
            String fromEnv = env.get(key.toUpperCase().replace('.', '_'));
            return Optional.ofNullable(fromEnv != null ? fromEnv : System.getProperty(key));
        }

        int integer(String key, int fallback) {
            Optional<String> value = get(key);
            try {
                return value.map(String::strip).map(Integer::parseInt).orElse(fallback);
            } catch (NumberFormatException e) {
                throw new LaunchException(key.toUpperCase().replace('.', '_') + " must be a number, not '" + value.get() + "'");
            }
        }
    }
}
