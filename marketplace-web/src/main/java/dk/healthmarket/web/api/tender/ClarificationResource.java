package dk.healthmarket.web.api.tender;

import dk.healthmarket.tender.ClarificationService;
import dk.healthmarket.tender.PublishedQuestion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("tenders/{id}/questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
public class ClarificationResource {

    @Inject
    ClarificationService clarifications;

    public record QuestionRequest(String question) {
    }

    public record AnswerRequest(String answer) {
    }

    @GET
    @Operation(summary = "The tender's questions: answered ones for everyone, never who asked; unanswered ones for the lead buyer and their asker")
    public List<PublishedQuestion> list(@PathParam("id") long tenderId) {
        return clarifications.list(tenderId);
    }

    @POST
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Ask a question before the clarification deadline (suppliers)")
    @APIResponse(responseCode = "201", description = "Asked")
    @APIResponse(responseCode = "409", description = "The tender is not published, or its clarification deadline has passed")
    public Response ask(@PathParam("id") long tenderId, QuestionRequest request) {
        PublishedQuestion asked = clarifications.ask(tenderId, request == null ? null : request.question());
        return Response.status(Response.Status.CREATED).entity(asked).build();
    }

    @POST
    @Path("{questionId}/answer")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Answer a question; the answer is published to everyone (lead buyer)")
    @APIResponse(responseCode = "200", description = "Answered and published")
    @APIResponse(responseCode = "409", description = "Answered already, or the tender is no longer published")
    public PublishedQuestion answer(@PathParam("id") long tenderId, @PathParam("questionId") long questionId, AnswerRequest request) {
        return clarifications.answer(tenderId, questionId, request == null ? null : request.answer());
    }
}
