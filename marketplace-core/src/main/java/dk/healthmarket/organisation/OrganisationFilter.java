package dk.healthmarket.organisation;

/** Which organisations to list; null fields match all. */
public record OrganisationFilter(OrganisationType type, String regionCode, String nameContains) {
}
