package dk.healthmarket.web.api.solution;

import dk.healthmarket.solution.AssessmentDomain;
import dk.healthmarket.solution.SolutionAttachment;
import dk.healthmarket.solution.SolutionService;
import dk.healthmarket.web.api.document.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Documents per assessment domain of a solution's working revision; shares its root with SolutionResource. */
@Path("solutions")
@RequestScoped
@Tag(name = "Solutions")
public class SolutionAttachmentResource {

    @Inject
    SolutionService solutions;

    @Inject
    Downloads downloads;

    @Context
    UriInfo uri;

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Attach a document to one domain of the working revision (its company): the body is the file; its kind is judged by its content")
    @APIResponse(responseCode = "201", description = "Attached; self-declared until a reviewer validates the domain")
    @APIResponse(responseCode = "400", description = "No or unknown domain; an empty, too large or unaccepted file")
    @APIResponse(responseCode = "409", description = "The revision is under review or decided")
    public Response attach(@PathParam("id") long id, @QueryParam("domain") AssessmentDomain domain, @QueryParam("fileName") String fileName,
            InputStream content) {
        SolutionAttachment attachment = solutions.attach(id, domain, fileName, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(attachment.id())).build())
                .entity(SolutionView.Attachment.of(attachment)).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment of a revision the caller may read")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return downloads.of(solutions.attachment(id, attachmentId).document());
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove an attachment from the working revision (its company); earlier revisions keep theirs")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The revision is under review or decided")
    public Response detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        solutions.detach(id, attachmentId);
        return Response.noContent().build();
    }
}
