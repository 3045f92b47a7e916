package dk.healthmarket.tender;

import java.time.Period;

/**
 * The procurement procedure. The minimum submission periods are the EU Directive 2014/24 ones
 * for electronic submission (open: 35 days less 5 for e-submission; the others' tender stage: 30
 * days); the service lets configuration raise or lower them per procedure.
 */
public enum Procedure {
    OPEN(Period.ofDays(30)),
    RESTRICTED(Period.ofDays(30)),
    COMPETITIVE_DIALOGUE(Period.ofDays(30)),
    INNOVATION_PARTNERSHIP(Period.ofDays(30)),
    NEGOTIATED_WITH_PUBLICATION(Period.ofDays(30)),
    PRE_COMMERCIAL_PROCUREMENT(Period.ofDays(30));

    private final Period defaultMinimumPeriod;

    Procedure(Period defaultMinimumPeriod) {
        this.defaultMinimumPeriod = defaultMinimumPeriod;
    }

    public Period defaultMinimumPeriod() {
        return defaultMinimumPeriod;
    }

    /** The procedures the innovation index counts as innovation-friendly. */
    public boolean isInnovationFriendly() {
        return this == COMPETITIVE_DIALOGUE || this == INNOVATION_PARTNERSHIP || this == PRE_COMMERCIAL_PROCUREMENT;
    }
}
