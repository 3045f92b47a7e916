package dk.healthmarket.web.api.organisation;

import dk.healthmarket.organisation.Cvr;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationType;
import dk.healthmarket.organisation.Region;
import java.time.Instant;

public record OrganisationView(long id, long version, String name, OrganisationType type, String regionCode, String cvr,
        Instant createdAt) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id(), o.version(), o.name(), o.type(), o.region().map(Region::code).orElse(null),
                o.cvr().map(Cvr::number).orElse(null), o.createdAt());
    }
}
