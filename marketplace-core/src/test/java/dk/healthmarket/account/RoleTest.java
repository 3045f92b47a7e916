package dk.healthmarket.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.healthmarket.organisation.OrganisationType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void whichOrganisationsCanHoldEachRole() {
        assertEquals(EnumSet.complementOf(EnumSet.of(OrganisationType.INNOVATION_CENTRE, OrganisationType.COMPANY)), holders(Role.BUYER));
        assertEquals(EnumSet.of(OrganisationType.COMPANY), holders(Role.SUPPLIER));
        assertEquals(EnumSet.of(OrganisationType.INNOVATION_CENTRE), holders(Role.REVIEWER));
        assertEquals(EnumSet.of(OrganisationType.NATIONAL_HEALTH_ORGANISATION, OrganisationType.INNOVATION_CENTRE), holders(Role.ADMIN));
    }

    private static Set<OrganisationType> holders(Role role) {
        return Arrays.stream(OrganisationType.values()).filter(role::allowedFor).collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganisationType.class)));
    }
}
