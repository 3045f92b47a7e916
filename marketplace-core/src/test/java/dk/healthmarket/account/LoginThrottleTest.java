package dk.healthmarket.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void pausesAnAccountAfterFiveFailures() {
        fail("anna@region.dk", "10.0.0.1", 4);
        assertDoesNotThrow(() -> throttle.checkAllowed("anna@region.dk", "10.0.0.1"));
        fail("anna@region.dk", "10.0.0.1", 1);
        var paused = assertThrows(TooManyAttemptsException.class, () -> throttle.checkAllowed("ANNA@region.dk", "10.0.0.9"));
        assertEquals(Duration.ofSeconds(30), paused.retryAfter());
    }

    @Test
    void thePauseDoublesWithEachFurtherFailureUpToFifteenMinutes() {
        fail("anna@region.dk", "10.0.0.1", 6);
        assertEquals(Duration.ofSeconds(60), retryAfter("anna@region.dk", "10.0.0.2"));
        fail("anna@region.dk", "10.0.0.1", 10);
        assertEquals(Duration.ofMinutes(15), retryAfter("anna@region.dk", "10.0.0.2"));
    }

    @Test
    void theWaitIsRoundedUpToWholeSeconds() {
        fail("anna@region.dk", "10.0.0.1", 5);
        clock.advance(Duration.ofMillis(300));
        var paused = assertThrows(TooManyAttemptsException.class, () -> throttle.checkAllowed("anna@region.dk", "10.0.0.1"));
        assertEquals(30, paused.retryAfterSeconds());
        assertEquals("Too many failed logins. Try again in 30 seconds.", paused.getMessage());
    }

    @Test
    void thePauseEnds() {
        fail("anna@region.dk", "10.0.0.1", 5);
        clock.advance(Duration.ofSeconds(31));
        assertDoesNotThrow(() -> throttle.checkAllowed("anna@region.dk", "10.0.0.1"));
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        fail("anna@region.dk", "10.0.0.1", 4);
        throttle.succeeded("anna@region.dk");
        fail("anna@region.dk", "10.0.0.1", 4);
        assertDoesNotThrow(() -> throttle.checkAllowed("anna@region.dk", "10.0.0.1"));
    }

    @Test
    void pausesAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i + "@region.dk", "10.6.6.6");
        }
        assertThrows(TooManyAttemptsException.class, () -> throttle.checkAllowed("someone-new@region.dk", "10.6.6.6"));
        assertDoesNotThrow(() -> throttle.checkAllowed("someone-new@region.dk", "10.0.0.7"));
    }

    @Test
    void oldFailuresAreForgottenAfterTheWindow() {
        fail("anna@region.dk", "10.0.0.1", 4);
        clock.advance(Duration.ofMinutes(16));
        fail("anna@region.dk", "10.0.0.1", 4);
        assertDoesNotThrow(() -> throttle.checkAllowed("anna@region.dk", "10.0.0.1"));
    }

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, address);
        }
    }

    private Duration retryAfter(String email, String address) {
        return assertThrows(TooManyAttemptsException.class, () -> throttle.checkAllowed(email, address)).retryAfter();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
