package dk.healthmarket.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after a few failed logins for one account, or many from one
 * address, further attempts are refused for a pause that doubles with each failure. A success
 * clears the account's count. Counts live in this server instance's memory.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    private static final int TIDY_ABOVE = 50_000;

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private Clock clock;

    protected LoginThrottle() {
    }

    @Inject
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Refuses the attempt while the account or the address is paused. */
    public void checkAllowed(String email, String address) {
        Instant now = clock.instant();
        Instant until = later(pausedUntil(byAccount, UserAccount.normaliseEmail(email), now),
                pausedUntil(byAddress, address, now));
        if (until != null) {
            throw new TooManyAttemptsException(Duration.between(now, until));
        }
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        count(byAccount, UserAccount.normaliseEmail(email), ACCOUNT_LIMIT, now);
        count(byAddress, address, ADDRESS_LIMIT, now);
    }

    public void succeeded(String email) {
        byAccount.remove(UserAccount.normaliseEmail(email));
    }

    private void count(Map<String, Failures> counts, String key, int limit, Instant now) {
        if (key == null) {
            return;
        }
        counts.compute(key, (k, previous) -> (previous == null || previous.expired(now) ? Failures.first(now) : previous).next(now, limit));
        if (counts.size() > TIDY_ABOVE) {
            counts.values().removeIf(f -> f.expired(now));
        }
    }

    private static Instant pausedUntil(Map<String, Failures> counts, String key, Instant now) {
        Failures failures = key == null ? null : counts.get(key);
        return failures != null && failures.pausedUntil() != null && failures.pausedUntil().isAfter(now) ? failures.pausedUntil() : null;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private record Failures(int count, Instant lastAt, Instant pausedUntil) {

        static Failures first(Instant now) {
            return new Failures(0, now, null);
        }

        boolean expired(Instant now) {
            Instant end = pausedUntil != null && pausedUntil.isAfter(lastAt) ? pausedUntil : lastAt;
            return end.plus(WINDOW).isBefore(now);
        }

        Failures next(Instant now, int limit) {
            int count = this.count + 1;
            if (count < limit) {
                return new Failures(count, now, pausedUntil);
            }
            long factor = 1L << Math.min(count - limit, 10);
            Duration pause = FIRST_PAUSE.multipliedBy(factor);
            return new Failures(count, now, now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause));
        }
    }
}
