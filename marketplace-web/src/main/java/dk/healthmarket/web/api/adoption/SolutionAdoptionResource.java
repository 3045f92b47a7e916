package dk.healthmarket.web.api.adoption;

import dk.healthmarket.adoption.Adoption;
import dk.healthmarket.adoption.AdoptionService;
import dk.healthmarket.adoption.Scaling;
import dk.healthmarket.web.api.Versions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who uses an approved solution and how it has scaled; shares its root with SolutionResource. */
@Path("solutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Adoption")
public class SolutionAdoptionResource {

    @Inject
    AdoptionService adoptions;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}/adoptions")
    @Operation(summary = "The organisations using an approved solution, with each adoption's stages")
    public List<AdoptionView> ofSolution(@PathParam("id") long solutionId) {
        return adoptions.ofSolution(solutionId).stream().map(AdoptionView::of).toList();
    }

    @POST
    @Path("{id}/adoptions")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record that the caller's organisation (a buyer) uses the solution, from a stage on a day")
    @APIResponse(responseCode = "409", description = "The organisation already has an adoption of the solution")
    public Response record(@PathParam("id") long solutionId, AdoptionRequest request) {
        AdoptionRequest given = request == null ? new AdoptionRequest(null, null, null, null, null) : request;
        Adoption adoption = adoptions.record(solutionId, given.stage(), given.on(), given.figures());
        return Versions.created(uri.getBaseUriBuilder().path(AdoptionResource.class).path(String.valueOf(adoption.id())).build(), AdoptionView.of(adoption), adoption.version());
    }

    @GET
    @Path("{id}/scaling")
    @Operation(summary = "How the solution has scaled: regions reached, population coverage, scaling stage, time to each stage, hours saved, adopters")
    public Scaling scaling(@PathParam("id") long solutionId) {
        return adoptions.scaling(solutionId);
    }
}
