package dk.healthmarket.adoption;

/**
 * How far an organisation has come with a solution. The stages before discontinuation are ordered:
 * moving forward needs no reason, moving back (operation to pilot, say) does. Discontinuation
 * can happen from any stage.
 */
public enum AdoptionStage {
    PLANNED,
    PILOT,
    IMPLEMENTATION,
    OPERATION,
    DISCONTINUED;

    /** Whether going from this stage to that one needs a reason: going back, or starting again after discontinuation. */
    public boolean needsReasonFor(AdoptionStage next) {
        return next != DISCONTINUED && next.ordinal() < ordinal();
    }

    /** Implementation and operation: the solution is in real use, so its region counts as reached. */
    public boolean reaches() {
        return this == IMPLEMENTATION || this == OPERATION;
    }

    /** Pilot, implementation or operation: the organisation is trying or using the solution now. */
    public boolean used() {
        return this != PLANNED && this != DISCONTINUED;
    }

    /** Anything but planning: the organisation has started using the solution. */
    public boolean started() {
        return this != PLANNED;
    }
}
