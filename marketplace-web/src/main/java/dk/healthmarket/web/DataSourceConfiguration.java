package dk.healthmarket.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The MariaDB data source. Its settings come from MicroProfile Config: the launcher sets them for
 * the embedded database, or they come from MARKETPLACE_DB_URL / _USER / _PASSWORD. The pool checks
 * a connection before lending it, unless it did so in the last few seconds, and drops the whole pool
 * when one is dead, so the portal recovers by itself after the database comes back. Without the few
 * seconds, every query went to the database twice: a JTA transaction borrows its connection anew
 * for each query, and each borrowing was checked.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/marketplace",
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=marketplace.db.url}",
        user = "${MPCONFIG=marketplace.db.user}",
        password = "${MPCONFIG=marketplace.db.password}",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 24,
        loginTimeout = 5,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=5",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000",
            "fish.payara.statement-timeout-in-seconds=30"
        })
@ApplicationScoped
public class DataSourceConfiguration {
}
