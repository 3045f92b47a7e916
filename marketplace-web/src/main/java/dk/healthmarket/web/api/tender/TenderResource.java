package dk.healthmarket.web.api.tender;

import dk.healthmarket.document.Document;
import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.tender.BidService;
import dk.healthmarket.tender.EvaluationService;
import dk.healthmarket.tender.Procedure;
import dk.healthmarket.tender.Tender;
import dk.healthmarket.tender.TenderFilter;
import dk.healthmarket.tender.TenderService;
import dk.healthmarket.tender.TenderStatus;
import dk.healthmarket.web.api.PageView;
import dk.healthmarket.web.api.Versions;
import dk.healthmarket.web.api.document.DocumentView;
import dk.healthmarket.web.api.document.Downloads;
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
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("tenders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
public class TenderResource {

    @Inject
    TenderService tenders;

    @Inject
    BidService bids;

    @Inject
    EvaluationService evaluations;

    @Inject
    Downloads downloads;

    @Context
    UriInfo uri;

    public record CancelRequest(String reason) {
    }

    /** A change to a published tender: the tender as it is to be, and a public summary of what changed. */
    public record AmendmentRequest(String summary, TenderRequest tender) {
    }

    @GET
    @Operation(summary = "Published tenders (never drafts), soonest deadline first; filter by status, procedure, lead buyer's region, CPV division")
    public PageView<TenderSummary> list(@QueryParam("status") TenderStatus status, @QueryParam("procedure") Procedure procedure,
            @QueryParam("region") String region, @QueryParam("cpvDivision") String cpvDivision,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageView.of(tenders.listPublic(new TenderFilter(status, procedure, region, cpvDivision), PageRequest.of(page, size)),
                TenderSummary::of);
    }

    @GET
    @Path("mine")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The tenders of the caller's organisation, drafts included (buyers)")
    public PageView<TenderSummary> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageView.of(tenders.listMine(PageRequest.of(page, size)), TenderSummary::of);
    }

    @POST
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a draft tender with the caller's organisation as lead buyer (buyers)")
    @APIResponse(responseCode = "201", description = "Created as a draft")
    public Response create(TenderRequest request) {
        Tender created = tenders.create(request == null ? null : request.draft());
        return Versions.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build(),
                TenderView.of(created), created.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One tender; a draft only for the buyers of its lead buyer. The ETag is its version")
    public Response get(@PathParam("id") long id) {
        Tender tender = tenders.get(id);
        return Versions.ok(TenderView.of(tender, evaluations.awards(id)), tender.version());
    }

    @PUT
    @Path("{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a draft tender (lead buyer); needs If-Match")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", description = "The tender is no longer a draft")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TenderRequest request) {
        Tender changed = tenders.update(id, Versions.expected(ifMatch), request == null ? null : request.draft());
        return Versions.ok(TenderView.of(changed), changed.version());
    }

    @POST
    @Path("{id}/amendments")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Amend a published tender (lead buyer); kept as a numbered corrigendum. Needs If-Match")
    @APIResponse(responseCode = "200", description = "Amended")
    @APIResponse(responseCode = "409", description = "The tender is not published")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response amend(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, AmendmentRequest request) {
        Tender amended = tenders.amend(id, Versions.expected(ifMatch), request == null ? null : request.summary(),
                request == null || request.tender() == null ? null : request.tender().draft());
        return Versions.ok(TenderView.of(amended), amended.version());
    }

    @POST
    @Path("{id}/publish")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish a draft (lead buyer); its deadlines are checked now")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "409", description = "The tender's state does not allow it")
    public TenderView publish(@PathParam("id") long id) {
        return TenderView.of(tenders.publish(id));
    }

    @POST
    @Path("{id}/cancel")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Cancel a tender before its award, with a public reason (lead buyer)")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "409", description = "The tender's state does not allow it")
    public TenderView cancel(@PathParam("id") long id, CancelRequest request) {
        return TenderView.of(tenders.cancel(id, request == null ? null : request.reason()));
    }

    @POST
    @Path("{id}/close")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Close a tender whose submission deadline has passed (lead buyer); it also closes by itself")
    @APIResponse(responseCode = "200", description = "Closed (or already closed)")
    @APIResponse(responseCode = "409", description = "Bids are still accepted, or the state does not allow it")
    public TenderView close(@PathParam("id") long id) {
        return TenderView.of(tenders.close(id));
    }

    @POST
    @Path("{id}/open")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Open the bids of a closed tender for evaluation (lead buyer); logged with the number of bids")
    @APIResponse(responseCode = "200", description = "Opened: the tender is under evaluation")
    @APIResponse(responseCode = "409", description = "The tender is not closed")
    public TenderView open(@PathParam("id") long id) {
        return TenderView.of(bids.open(id));
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Upload a document to a draft (lead buyer): the request body is the file; its kind is judged by its content")
    @APIResponse(responseCode = "201", description = "Stored, with its SHA-256")
    @APIResponse(responseCode = "400", description = "Empty, too large, or not an accepted kind of document")
    @APIResponse(responseCode = "409", description = "The tender is no longer a draft")
    public Response addDocument(@PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream content) {
        Document document = tenders.addDocument(id, fileName, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(document.id())).build())
                .entity(DocumentView.of(document)).build();
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one of the tender's documents")
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return downloads.of(tenders.document(id, documentId));
    }
}
