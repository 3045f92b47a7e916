package dk.healthmarket.web.api.solution;

import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.solution.RevisionChanges;
import dk.healthmarket.solution.SolutionService;
import dk.healthmarket.web.api.PageView;
import dk.healthmarket.web.api.audit.AuditResource.AuditEntryView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A solution's revisions, what changed between them, and everything that happened to it; shares its root with SolutionResource. */
@Path("solutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Solutions")
public class SolutionHistoryResource {

    @Inject
    SolutionService solutions;

    @Inject
    Clock clock;

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "The revisions the caller may read, oldest first: all for its company, all but drafts for reviewers, the approved one for others")
    public List<SolutionView.RevisionSummary> revisions(@PathParam("id") long id) {
        return solutions.revisions(id).stream().map(SolutionView.RevisionSummary::of).toList();
    }

    @GET
    @Path("{id}/revisions/{number}")
    @Operation(summary = "One revision, with its documentation, provenance per domain and attachments")
    public SolutionView.Revision revision(@PathParam("id") long id, @PathParam("number") int number) {
        return SolutionView.Revision.of(solutions.revision(id, number), clock.instant());
    }

    @GET
    @Path("{id}/revisions/{number}/changes")
    @Operation(summary = "What changed in this revision since the one before, field by field")
    @APIResponse(responseCode = "409", description = "The first revision has nothing before it")
    public List<RevisionChanges.Change> changes(@PathParam("id") long id, @PathParam("number") int number) {
        return solutions.changes(id, number);
    }

    @GET
    @Path("{id}/history")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Everything that happened to the solution, who and when, from the audit log (its company and reviewers)")
    public PageView<AuditEntryView> history(@PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageView.of(solutions.history(id, PageRequest.of(page, size)), AuditEntryView::of);
    }
}
