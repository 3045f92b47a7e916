package dk.healthmarket.account;

import dk.healthmarket.shared.Sha256;
import dk.healthmarket.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Bearer tokens for API clients: issued for a user's credentials, expiring, revocable. */
@ApplicationScoped
@Transactional
public class TokenService {

    private static final String PREFIX = "hm_";
    private static final Pattern SHAPE = Pattern.compile("hm_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountService accountService;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.token.lifetime", defaultValue = "PT8H")
    Duration lifetime;

    /** The token is shown once, here; the database keeps only its hash. */
    public record IssuedToken(String token, Instant expiresAt, String email, Set<Role> roles) {

        @Override
        public String toString() {
            return "IssuedToken[" + email + ", expires " + expiresAt + "]";
        }
    }

    /** A token's user, as the security layer needs it. */
    public record TokenHolder(String email, Set<String> roles) {
    }

    public IssuedToken issue(@NotBlank @Size(max = 254) String email, @NotBlank String password, String address) {
        UserAccount user = accountService.authenticate(email, password, address);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken stored = accounts.add(new ApiToken(user, hash(token), now, now.plus(lifetime)));
        audit.record(user.email(), "token.issued", AccountService.AUDIT_TYPE, user.id(), "expires " + stored.expiresAt());
        return new IssuedToken(token, stored.expiresAt(), user.email(), user.roles());
    }

    /** The holder of a working token; empty for a malformed, unknown, expired or revoked one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TokenHolder> holder(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return accounts.findToken(hash(token))
                .filter(t -> t.validAt(now))
                .map(t -> new TokenHolder(t.user().email(), t.user().roleNames()));
    }

    /** Revokes the token; revoking one that does not work is harmless. */
    public void revoke(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return;
        }
        accounts.findToken(hash(token)).ifPresent(t -> {
            t.revoke(clock.instant());
            audit.record(t.user().email(), "token.revoked", AccountService.AUDIT_TYPE, t.user().id(), "token " + t.id());
        });
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
