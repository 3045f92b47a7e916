package dk.healthmarket.account;

/** Which users to list; null fields match all. */
public record UserFilter(Long organisationId, Role role, String emailContains) {

    public static UserFilter all() {
        return new UserFilter(null, null, null);
    }
}
