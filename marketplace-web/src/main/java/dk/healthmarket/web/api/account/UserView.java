package dk.healthmarket.web.api.account;

import dk.healthmarket.account.Role;
import dk.healthmarket.account.UserAccount;
import java.time.Instant;
import java.util.Set;

public record UserView(long id, long version, String email, String displayName, long organisationId, String organisationName,
        Set<Role> roles, boolean enabled, Instant createdAt) {

    public static UserView of(UserAccount u) {
        return new UserView(u.id(), u.version(), u.email(), u.displayName(), u.organisation().id(), u.organisation().name(),
                u.roles(), u.enabled(), u.createdAt());
    }
}
