package dk.healthmarket.account;

import dk.healthmarket.organisation.OrganisationFilter;
import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.organisation.OrganisationType;
import dk.healthmarket.shared.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the marketplace has an administrator. On the first start it creates one from
 * configuration, or with a generated password that it prints once. No password ships in the code.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AdministratorBootstrap {

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository repository;

    @Inject
    OrganisationService organisations;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "marketplace.admin.email", defaultValue = "admin@marketplace.local")
    String email;

    @Inject
    @ConfigProperty(name = "marketplace.admin.password")
    Optional<String> password;

    @PostConstruct
    void ensureAdministrator() {
        caller.asSystem(() -> {
            if (repository.anyEnabledWithRole(Role.ADMIN)) {
                return null;
            }
            var nationalOrganisation = organisations.list(new OrganisationFilter(OrganisationType.NATIONAL_HEALTH_ORGANISATION, null, null),
                    new PageRequest(1, 1)).items().get(0);
            String chosen = password.filter(p -> !p.isBlank()).orElseGet(AdministratorBootstrap::generatePassword);
            accounts.add(email, "Administrator", nationalOrganisation, EnumSet.of(Role.ADMIN), chosen);
            if (password.isPresent()) {
                LOG.warning(() -> "First start: created the administrator " + email + " with the configured password.");
            } else {
                LOG.warning(() -> "\n\n    First start: log in as " + email + " with the one-time password  " + chosen
                        + "\n    It is shown only now. Set MARKETPLACE_ADMIN_PASSWORD to choose your own.\n");
            }
            return null;
        });
    }

    private static String generatePassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
