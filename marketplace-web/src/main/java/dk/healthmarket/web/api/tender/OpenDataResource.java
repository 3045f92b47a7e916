package dk.healthmarket.web.api.tender;

import dk.healthmarket.tender.OpenData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One tender's releases; shares its root path with TenderResource. */
@Path("tenders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data")
public class OpenDataResource {

    @Inject
    OpenData openData;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}/ocds")
    @Operation(summary = "The tender as an OCDS 1.1 release package: every release since publication, oldest first")
    @APIResponse(responseCode = "404", description = "No such public tender, or not yet published")
    public JsonObject releases(@PathParam("id") long tenderId) {
        return openData.releasePackage(uri.getRequestUri(), openData.ofTender(tenderId));
    }
}
