package dk.healthmarket.web.api.solution;

import dk.healthmarket.solution.Solution;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** A solution waiting for review, and how many days it has waited. */
public record WaitingSolution(long id, String name, String company, int revision, Instant submittedAt, long daysWaiting) implements Serializable {

    public static WaitingSolution of(Solution s, Instant now) {
        Instant submitted = s.working().submittedAt().orElse(now);
        return new WaitingSolution(s.id(), s.working().name(), s.company().name(), s.working().number(), submitted,
                Duration.between(submitted, now).toDays());
    }
}
