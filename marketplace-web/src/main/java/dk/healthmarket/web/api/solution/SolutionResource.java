package dk.healthmarket.web.api.solution;

import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.solution.CareSetting;
import dk.healthmarket.solution.Condition;
import dk.healthmarket.solution.EvidenceLevel;
import dk.healthmarket.solution.MdrClass;
import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.Solution;
import dk.healthmarket.solution.SolutionCategory;
import dk.healthmarket.solution.SolutionFilter;
import dk.healthmarket.solution.SolutionService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("solutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Solutions")
public class SolutionResource {

    @Inject
    SolutionService solutions;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The public catalogue: solutions with an approved revision, filtered by category, condition, segment, setting, MDR class, evidence level")
    public PageView<SolutionView.Summary> catalogue(@QueryParam("category") SolutionCategory category, @QueryParam("condition") Condition condition,
            @QueryParam("segment") PopulationSegment segment, @QueryParam("setting") CareSetting setting, @QueryParam("mdrClass") MdrClass mdrClass,
            @QueryParam("evidenceLevel") EvidenceLevel evidenceLevel, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageView.of(solutions.catalogue(new SolutionFilter(category, condition, segment, setting, mdrClass, evidenceLevel),
                PageRequest.of(page, size)), SolutionView.Summary::approved);
    }

    @GET
    @Path("mine")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The caller's company's solutions in every state (suppliers)")
    public PageView<SolutionView.Summary> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageView.of(solutions.mine(PageRequest.of(page, size)), SolutionView.Summary::working);
    }

    @POST
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a solution of the caller's company as a draft (suppliers)")
    @APIResponse(responseCode = "201", description = "Created as a draft")
    public Response create(SolutionRequest request) {
        Solution created = solutions.create(request == null ? null : request.draft());
        return Versions.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build(), view(created.id()), created.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One solution: the approved revision for everyone; the working revision too for its company and reviewers")
    public Response get(@PathParam("id") long id) {
        SolutionView view = view(id);
        return Versions.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change the solution (its company); after a decision the change starts a new revision. Needs If-Match")
    @APIResponse(responseCode = "409", description = "The revision is under review and frozen")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, SolutionRequest request) {
        Solution changed = solutions.update(id, Versions.expected(ifMatch), request == null ? null : request.draft());
        return Versions.ok(view(id), changed.version());
    }

    @POST
    @Path("{id}/submit")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Submit the working revision for review (its company); incomplete documentation is refused with every gap")
    @APIResponse(responseCode = "400", description = "The documentation is incomplete: each missing field is named, by domain")
    @APIResponse(responseCode = "409", description = "The revision's state does not allow it")
    public SolutionView submit(@PathParam("id") long id) {
        solutions.submit(id);
        return view(id);
    }

    @POST
    @Path("{id}/withdraw")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Withdraw the working revision (its company)")
    @APIResponse(responseCode = "409", description = "The revision's state does not allow it")
    public SolutionView withdraw(@PathParam("id") long id) {
        solutions.withdraw(id);
        return view(id);
    }

    private SolutionView view(long id) {
        return SolutionView.of(solutions.get(id), clock.instant());
    }
}
