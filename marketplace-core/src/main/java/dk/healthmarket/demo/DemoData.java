package dk.healthmarket.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo data at start-up when {@code marketplace.demo} is true. Safe to run on every start. */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "AdministratorBootstrap"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    DemoDataGenerator generator;

    @Inject
    @ConfigProperty(name = "marketplace.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "marketplace.demo.size", defaultValue = "0")
    int extraCompanies;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        int added = generator.load(extraCompanies);
        LOG.info(() -> "Demo data: " + (added == 0 ? "already present, nothing added" : added + " objects added")
                + "; demo logins: " + String.join(", ", DemoDataGenerator.DEMO_USERS.keySet())
                + " (password " + DemoDataGenerator.DEMO_PASSWORD + ")");
    }
}
