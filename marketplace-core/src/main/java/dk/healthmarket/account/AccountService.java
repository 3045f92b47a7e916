package dk.healthmarket.account;

import dk.healthmarket.shared.Text;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.shared.AuthenticationRequiredException;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.shared.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Users: logging in, and their administration. */
@ApplicationScoped
@Transactional
public class AccountService {

    static final String AUDIT_TYPE = "UserAccount";
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Checks an e-mail and password, within the login throttle. Unknown e-mails cost as much time
     * as wrong passwords, so timing does not tell which accounts exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount authenticate(String email, String password, String address) {
        throttle.checkAllowed(email, address);
        if (!PasswordPolicy.couldBeStored(password)) {
            // no stored password is this long, and hashing megabytes would only burn CPU
            throttle.failed(email, address);
            throw new InvalidCredentialsException();
        }
        Optional<UserAccount> account = email == null ? Optional.empty() : accounts.findByEmail(email);
        boolean matches;
        if (account.isPresent()) {
            matches = hasher.matches(password, account.get().passwordHash());
        } else {
            hasher.spendTheTimeOfAVerification(password);
            matches = false;
        }
        if (!matches || !account.get().enabled()) {
            throttle.failed(email, address);
            LOG.info(() -> "Failed login for '" + email + "' from " + address);
            throw new InvalidCredentialsException();
        }
        throttle.succeeded(email);
        return account.get();
    }

    /** The account behind a logged-in session, while it is still enabled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> enabledAccount(String email) {
        return accounts.findByEmail(email).filter(UserAccount::enabled);
    }

    public UserAccount current() {
        caller.requireLoggedIn();
        return caller.email().flatMap(accounts::findByEmail).orElseThrow(AuthenticationRequiredException::new);
    }

    public UserAccount get(long id) {
        caller.requireAnyRole(Role.ADMIN);
        return find(id);
    }

    public Page<UserAccount> list(@NotNull UserFilter filter, @NotNull PageRequest page) {
        caller.requireAnyRole(Role.ADMIN);
        return accounts.find(filter, page);
    }

    public UserAccount create(@Valid @NotNull NewUser user) {
        caller.requireAnyRole(Role.ADMIN);
        return add(user.email(), user.displayName(), organisations.get(user.organisationId()), user.roles(), user.password());
    }

    public UserAccount update(long id, long expectedVersion, @Valid @NotNull UserChanges changes) {
        caller.requireAnyRole(Role.ADMIN);
        UserAccount account = find(id);
        if (account.version() != expectedVersion) {
            throw new StaleVersionException("User", id, expectedVersion, account.version());
        }
        if (isCaller(account) && !changes.roles().contains(Role.ADMIN)) {
            throw new ConflictException("roles", Text.of("user.keepOwnAdminRole"));
        }
        account.change(changes.displayName(), changes.roles());
        audit.record("user.changed", AUDIT_TYPE, id, account.email() + " roles " + account.roles());
        accounts.flush();
        return account;
    }

    /** A disabled user cannot log in, and its sessions and API tokens stop working at once. */
    public UserAccount disable(long id) {
        caller.requireAnyRole(Role.ADMIN);
        UserAccount account = find(id);
        if (isCaller(account)) {
            throw new ConflictException(Text.of("user.disableSelf"));
        }
        account.disable();
        accounts.revokeTokensOf(account, clock.instant());
        audit.record("user.disabled", AUDIT_TYPE, id, account.email());
        accounts.flush();
        return account;
    }

    public UserAccount enable(long id) {
        caller.requireAnyRole(Role.ADMIN);
        UserAccount account = find(id);
        account.enable();
        audit.record("user.enabled", AUDIT_TYPE, id, account.email());
        accounts.flush();
        return account;
    }

    /** Creates a user; the calling method has checked that its caller may. */
    UserAccount add(String email, String displayName, Organisation organisation, Set<Role> roles, String password) {
        if (accounts.findByEmail(email).isPresent()) {
            throw new ConflictException("email", Text.of("user.duplicateEmail", UserAccount.normaliseEmail(email)));
        }
        PasswordPolicy.check(password, email);
        var account = accounts.add(new UserAccount(email, displayName, organisation, roles, hasher.hash(password), clock.instant()));
        audit.record("user.created", AUDIT_TYPE, account.id(), account.email() + " roles " + account.roles()
                + " of organisation " + organisation.id());
        return account;
    }

    private UserAccount find(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private boolean isCaller(UserAccount account) {
        return caller.email().filter(account.email()::equals).isPresent();
    }
}
