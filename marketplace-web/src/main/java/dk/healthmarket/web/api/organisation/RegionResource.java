package dk.healthmarket.web.api.organisation;

import dk.healthmarket.organisation.OrganisationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class RegionResource {

    @Inject
    OrganisationService organisations;

    @GET
    @Operation(summary = "The five Danish regions with ISO 3166-2 code, NUTS-2 code and population")
    public List<RegionView> regions() {
        return organisations.regions().stream().map(RegionView::of).toList();
    }
}
