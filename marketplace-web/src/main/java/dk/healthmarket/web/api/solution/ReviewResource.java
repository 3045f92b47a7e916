package dk.healthmarket.web.api.solution;

import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.solution.AssessmentDomain;
import dk.healthmarket.solution.ReviewDecision;
import dk.healthmarket.solution.ReviewService;
import dk.healthmarket.solution.SolutionService;
import dk.healthmarket.solution.SolutionStatus;
import dk.healthmarket.solution.Verdict;
import dk.healthmarket.web.api.PageView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The innovation centre's reviews; shares its root path with SolutionResource. */
@Path("solutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Solution reviews")
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    SolutionService solutions;

    @Inject
    Clock clock;

    /**
     * A verdict for every domain, comments where there is something to say, the domains whose claims
     * were checked against their sources, the decision and its reasons.
     */
    public record DecisionRequest(SolutionStatus decision, String reasons, Map<AssessmentDomain, Verdict> verdicts,
            Map<AssessmentDomain, String> comments, Set<AssessmentDomain> validated) {
    }

    @GET
    @Path("review-queue")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Submitted solutions waiting for review, the longest waiting first (reviewers)")
    public PageView<WaitingSolution> queue(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Instant now = clock.instant();
        return PageView.of(reviews.queue(PageRequest.of(page, size)), s -> WaitingSolution.of(s, now));
    }

    @GET
    @Path("re-review-due")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Approved solutions with a certificate that has expired, due for review again, the longest expired first (reviewers)")
    public PageView<SolutionView.Summary> dueForReReview(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageView.of(solutions.dueForReReview(PageRequest.of(page, size)), SolutionView.Summary::approved);
    }

    @GET
    @Path("{id}/reviews")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "A solution's reviews, oldest first: for its company and reviewers")
    public List<ReviewView> history(@PathParam("id") long id) {
        return reviews.history(id).stream().map(ReviewView::of).toList();
    }

    @POST
    @Path("{id}/reviews")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Take the submitted revision into review (reviewers; never a solution of the reviewer's own organisation)")
    @APIResponse(responseCode = "201", description = "In review")
    @APIResponse(responseCode = "409", description = "The solution is not waiting for review")
    public Response take(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(ReviewView.of(reviews.take(id))).build();
    }

    @POST
    @Path("{id}/reviews/{reviewId}/decision")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Decide a review: APPROVED (every domain meets), CHANGES_REQUESTED or REJECTED (with reasons)")
    @APIResponse(responseCode = "409", description = "The review is decided already, or the solution is not in review")
    public ReviewView decide(@PathParam("id") long id, @PathParam("reviewId") long reviewId, DecisionRequest request) {
        return ReviewView.of(reviews.decide(id, reviewId, request == null ? null
                : new ReviewDecision(request.decision(), request.reasons(), request.verdicts(), request.comments(), request.validated())));
    }
}
