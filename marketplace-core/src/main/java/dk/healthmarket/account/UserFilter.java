package dk.healthmarket.account;

/** Which users to list; null fields match all. */
public record UserFilter(Long organisationId, Role role, String emailContains) {
}
