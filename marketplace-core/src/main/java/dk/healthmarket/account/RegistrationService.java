package dk.healthmarket.account;

import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;

/** A company signs itself up: the company and its first supplier user, together or not at all. */
@ApplicationScoped
@Transactional
public class RegistrationService {

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    public UserAccount registerCompany(@Valid @NotNull CompanyRegistration registration) {
        // check the user first: a refused e-mail or password must not leave a company behind
        PasswordPolicy.check(registration.password(), registration.email());
        return caller.auditedAs("self-registration " + UserAccount.normaliseEmail(registration.email()), () -> {
            Organisation company = organisations.registerCompany(registration.companyName(), registration.cvr());
            return accounts.add(registration.email(), registration.contactName(), company, EnumSet.of(Role.SUPPLIER),
                    registration.password());
        });
    }
}
