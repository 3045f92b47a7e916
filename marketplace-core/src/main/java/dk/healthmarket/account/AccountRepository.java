package dk.healthmarket.account;

import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Where user accounts and their API tokens are kept. */
public interface AccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByEmail(String email);

    Page<UserAccount> find(UserFilter filter, PageRequest page);

    boolean anyEnabledWithRole(Role role);

    UserAccount add(UserAccount account);

    /** Writes pending changes now, so the returned object carries its new version. */
    void flush();

    ApiToken add(ApiToken token);

    Optional<ApiToken> findToken(String tokenHash);

    void revokeTokensOf(UserAccount account, Instant now);
}
