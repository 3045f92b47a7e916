package dk.healthmarket.web.api.organisation;

import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationFilter;
import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.organisation.OrganisationType;
import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.web.api.PageView;
import dk.healthmarket.web.api.Versions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Organisations, paged; filter by type, region and part of the name")
    public PageView<OrganisationView> list(@QueryParam("type") OrganisationType type, @QueryParam("region") String region,
            @QueryParam("name") String name, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageView.of(organisations.list(new OrganisationFilter(type, region, name), PageRequest.of(page, size)),
                OrganisationView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation; the ETag is its version, for If-Match on updates")
    public Response get(@PathParam("id") long id) {
        Organisation organisation = organisations.get(id);
        return Versions.ok(OrganisationView.of(organisation), organisation.version());
    }

    @POST
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create an organisation (administrators)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "An organisation with that CVR, or that type and name, exists")
    public Response create(OrganisationRequest request) {
        Organisation created = organisations.create(request == null ? null : request.draft());
        return Versions.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build(),
                OrganisationView.of(created), created.version());
    }

    @PUT
    @Path("{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change an organisation (administrators); needs If-Match")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", description = "Another organisation has that CVR, or that type and name")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, OrganisationRequest request) {
        Organisation changed = organisations.update(id, Versions.expected(ifMatch), request == null ? null : request.draft());
        return Versions.ok(OrganisationView.of(changed), changed.version());
    }
}
