package dk.healthmarket.account;

import dk.healthmarket.shared.Text;
import dk.healthmarket.shared.DomainException;
import java.time.Duration;

/** Logins for this account or from this address are paused after repeated failures. */
public class TooManyAttemptsException extends DomainException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super(Text.of("login.throttled", String.valueOf(wholeSeconds(retryAfter))));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, rounded up: a client that waits this long is let in. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    private static long wholeSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
