package dk.healthmarket.web.api.tender;

import dk.healthmarket.tender.BidAssessment;
import dk.healthmarket.tender.EvaluationService;
import dk.healthmarket.tender.Tender;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// shares its root path with TenderResource: a root of "tenders/{id}" would take every tender path from it
@Path("tenders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation and award")
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;

    /** Scores per qualitative criterion (0–10) and exclusions with their reasons, for the bids named. */
    public record EvaluationRequest(List<Assessment> bids) {

        public record Assessment(Long bidId, Map<String, Integer> scores, String excludedReason) {
        }

        List<BidAssessment> assessments() {
            return bids == null ? null : bids.stream()
                    .map(a -> a == null ? null : new BidAssessment(a.bidId(), a.scores(), a.excludedReason())).toList();
        }
    }

    /** The reasons for a decision, published with it. */
    public record ReasonRequest(String reason) {
    }

    @GET
    @Path("{id}/evaluation")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The evaluation: every bid per lot for the lead buyer once opened; after the award, a bidder's own results and the winner's")
    @APIResponse(responseCode = "403", description = "Not the lead buyer or a bidder, or too early (the attempt is logged)")
    public EvaluationView get(@PathParam("id") long tenderId) {
        return EvaluationView.of(evaluations.report(tenderId));
    }

    @PUT
    @Path("{id}/evaluation")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Score and exclude bids while the tender is under evaluation (lead buyer); answers the ranking per lot")
    @APIResponse(responseCode = "409", description = "The tender is not under evaluation")
    public EvaluationView assess(@PathParam("id") long tenderId, EvaluationRequest request) {
        return EvaluationView.of(evaluations.assess(tenderId, request == null ? null : request.assessments()));
    }

    @POST
    @Path("{id}/award")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Award each lot to its best-ranked bid, with public reasons; the standstill period starts (lead buyer)")
    @APIResponse(responseCode = "409", description = "Not under evaluation, a lot not yet ranked, or no lot that can be won")
    public TenderView award(@PathParam("id") long tenderId, ReasonRequest request) {
        return view(evaluations.award(tenderId, request == null ? null : request.reason()));
    }

    @POST
    @Path("{id}/award/reversal")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Reverse the award during the standstill period, with a public reason; the tender is evaluated again (lead buyer)")
    @APIResponse(responseCode = "409", description = "Not awarded, or the standstill period is over")
    public TenderView reverse(@PathParam("id") long tenderId, ReasonRequest request) {
        return view(evaluations.reverseAward(tenderId, request == null ? null : request.reason()));
    }

    @POST
    @Path("{id}/conclude")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Mark the contract concluded after the standstill period (lead buyer)")
    @APIResponse(responseCode = "409", description = "Not awarded, or the standstill period is still running")
    public TenderView conclude(@PathParam("id") long tenderId) {
        return view(evaluations.conclude(tenderId));
    }

    private TenderView view(Tender tender) {
        return TenderView.of(tender, evaluations.awards(tender.id()));
    }
}
