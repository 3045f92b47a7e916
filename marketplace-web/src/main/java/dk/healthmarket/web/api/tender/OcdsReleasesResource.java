package dk.healthmarket.web.api.tender;

import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.tender.OcdsRelease;
import dk.healthmarket.tender.OpenData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every public release as OCDS release packages, a page at a time. The body is OCDS's own format,
 * so the page's place in the whole travels in headers: X-Total-Count and Link (next, prev).
 */
@Path("ocds/releases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data")
public class OcdsReleasesResource {

    @Inject
    OpenData openData;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All public releases, oldest first, as an OCDS 1.1 release package per page (page from 1, size up to 100)")
    @APIResponse(responseCode = "404", description = "No release on this page")
    public Response releases(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<OcdsRelease> releases = openData.all(PageRequest.of(page, size));
        var response = Response.ok(openData.releasePackage(uri.getRequestUri(), releases.items()))
                .header("X-Total-Count", releases.total());
        if (releases.page() < releases.totalPages()) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", releases.page() + 1).build(), "next");
        }
        if (releases.page() > 1) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", releases.page() - 1).build(), "prev");
        }
        return response.build();
    }
}
