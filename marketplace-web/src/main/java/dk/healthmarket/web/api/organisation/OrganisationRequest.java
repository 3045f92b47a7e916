package dk.healthmarket.web.api.organisation;

import dk.healthmarket.organisation.OrganisationDraft;
import dk.healthmarket.organisation.OrganisationType;

public record OrganisationRequest(String name, OrganisationType type, String regionCode, String cvr) {

    OrganisationDraft draft() {
        return new OrganisationDraft(name, type, regionCode, cvr);
    }
}
