package dk.healthmarket.account;

import dk.healthmarket.shared.DomainException;
import java.time.Duration;

/** Logins for this account or from this address are paused after repeated failures. */
public class TooManyAttemptsException extends DomainException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("Too many failed logins. Try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
