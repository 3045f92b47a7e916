package dk.healthmarket.web.api.adoption;

import dk.healthmarket.adoption.Adoption;
import dk.healthmarket.adoption.AdoptionChange;
import dk.healthmarket.adoption.AdoptionService;
import dk.healthmarket.web.api.Versions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One adoption: read by anyone, moved on by its organisation, verified by the centre. */
@Path("adoptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Adoption")
public class AdoptionResource {

    @Inject
    AdoptionService adoptions;

    @GET
    @Path("{id}")
    @Operation(summary = "One adoption, with its ETag")
    public Response get(@PathParam("id") long id) {
        Adoption adoption = adoptions.get(id);
        return Versions.ok(AdoptionView.of(adoption), adoption.version());
    }

    @PATCH
    @Path("{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Move to another stage, change the figures (the adopting buyer) or verify (a reviewer). Needs If-Match")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    public Response change(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, AdoptionChange change) {
        Adoption adoption = adoptions.change(id, Versions.expected(ifMatch), change == null ? new AdoptionChange(null, null, null, null, null) : change);
        return Versions.ok(AdoptionView.of(adoption), adoption.version());
    }
}
