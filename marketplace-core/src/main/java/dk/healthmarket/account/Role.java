package dk.healthmarket.account;

import dk.healthmarket.organisation.OrganisationType;

/** What a user may do. Which roles an organisation's users can hold follows from its type. */
public enum Role {
    BUYER,
    SUPPLIER,
    REVIEWER,
    ADMIN;

    public boolean allowedFor(OrganisationType type) {
        return switch (this) {
            case BUYER -> type.isPublicBuyer();
            case SUPPLIER -> type == OrganisationType.COMPANY;
            case REVIEWER -> type == OrganisationType.INNOVATION_CENTRE;
            case ADMIN -> type == OrganisationType.NATIONAL_HEALTH_ORGANISATION || type == OrganisationType.INNOVATION_CENTRE;
        };
    }
}
