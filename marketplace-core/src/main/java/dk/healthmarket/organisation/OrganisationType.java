package dk.healthmarket.organisation;

/** What kind of organisation takes part in the marketplace, and what that implies. */
public enum OrganisationType {
    NATIONAL_HEALTH_ORGANISATION,
    REGION,
    HEALTH_COMMUNITY,
    MUNICIPALITY,
    HOSPITAL,
    GENERAL_PRACTICE,
    INNOVATION_CENTRE,
    COMPANY;

    /** Public buyers may post and join tenders. */
    public boolean isPublicBuyer() {
        return this != INNOVATION_CENTRE && this != COMPANY;
    }

    /** Every public buyer below the national level belongs to a region. */
    public boolean requiresRegion() {
        return isPublicBuyer() && this != NATIONAL_HEALTH_ORGANISATION;
    }

    public boolean requiresCvr() {
        return this == COMPANY;
    }
}
