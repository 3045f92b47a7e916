package dk.healthmarket.web.api.tender;

import dk.healthmarket.tender.Bid;
import dk.healthmarket.tender.BidService;
import dk.healthmarket.tender.BidSubmission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import dk.healthmarket.web.api.document.DocumentView;
import dk.healthmarket.web.api.document.Downloads;
import jakarta.ws.rs.QueryParam;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("tenders/{id}/bids")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bids")
public class BidResource {

    @Inject
    BidService bids;

    @Inject
    Downloads downloads;

    @Context
    UriInfo uri;

    /** A bid as a supplier submits it: an offer per lot it bids on, a response per qualitative criterion by name, its documents and the approved solutions it offers. */
    public record BidRequest(List<Offer> offers, Map<String, String> responses, List<Long> documentIds, List<Long> solutionIds) {

        public record Offer(Integer lot, BigDecimal price, BigDecimal lifeCycleCost) {
        }

        BidSubmission submission() {
            return new BidSubmission(offers == null ? null : offers.stream()
                    .map(o -> o == null ? null : new BidSubmission.Offer(o.lot(), o.price(), o.lifeCycleCost())).toList(),
                    responses, documentIds, solutionIds);
        }
    }

    /** The part of a receipt a verification compares. */
    public record ReceiptCheck(Instant receivedAt, String sha256) {
    }

    public record Verification(long bidId, boolean matches) {
    }

    public record Received(long bids) {
    }

    @GET
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The bids the caller may read: a supplier all its own submissions; the lead buyer the counting bids once opened")
    @APIResponse(responseCode = "403", description = "Bids are sealed: before opening, nobody but each bid's supplier reads one (the attempt is logged)")
    public List<BidView> list(@PathParam("id") long tenderId) {
        return bids.readable(tenderId).stream().map(BidView::of).toList();
    }

    @POST
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Submit a bid before the submission deadline (suppliers); a bid submitted earlier is replaced and kept")
    @APIResponse(responseCode = "201", description = "Received; the body carries the receipt")
    @APIResponse(responseCode = "409", description = "The deadline has passed or the tender does not take bids; nothing was stored")
    public Response submit(@PathParam("id") long tenderId, BidRequest request) {
        Bid bid = bids.submit(tenderId, request == null ? null : request.submission());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(bid.id())).build()).entity(BidView.of(bid)).build();
    }

    @GET
    @Path("count")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "How many bids count so far: all a buyer may know before opening (lead buyer)")
    public Received count(@PathParam("id") long tenderId) {
        return new Received(bids.received(tenderId));
    }

    @GET
    @Path("{bid}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One bid: for its supplier always, for the lead buyer once opened")
    @APIResponse(responseCode = "404", description = "No such bid, or not one the caller may read (the attempt is logged)")
    public BidView get(@PathParam("id") long tenderId, @PathParam("bid") long bidId) {
        return BidView.of(bids.get(tenderId, bidId));
    }

    @GET
    @Path("{bid}/receipt")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The bid's receipt as a file to keep: time of receipt, SHA-256 and the canonical content it covers")
    public Response receipt(@PathParam("id") long tenderId, @PathParam("bid") long bidId) {
        return Response.ok(BidView.Receipt.of(bids.get(tenderId, bidId)))
                .header("Content-Disposition", "attachment; filename=\"receipt-tender-" + tenderId + "-bid-" + bidId + ".json\"")
                .build();
    }

    @POST
    @Path("{bid}/withdraw")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Withdraw the bid that counts before the submission deadline (its supplier); the submission is kept")
    @APIResponse(responseCode = "409", description = "The deadline has passed, or the bid no longer counts")
    public BidView withdraw(@PathParam("id") long tenderId, @PathParam("bid") long bidId) {
        return BidView.of(bids.withdraw(tenderId, bidId));
    }

    @POST
    @Path("{bid}/verification")
    @Operation(summary = "Check a receipt against the bid as stored: anyone once bids are opened, before that its supplier")
    public Verification verify(@PathParam("id") long tenderId, @PathParam("bid") long bidId, ReceiptCheck check) {
        return new Verification(bidId, bids.matches(tenderId, bidId, check == null ? null : check.receivedAt(), check == null ? null : check.sha256()));
    }

    @POST
    @Path("documents")
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Upload a document for the caller's bid while the tender takes bids (suppliers); attach it by id when submitting. Sealed like the bid")
    @APIResponse(responseCode = "201", description = "Stored, with its SHA-256")
    @APIResponse(responseCode = "400", description = "Empty, too large, or not an accepted kind of document")
    public Response upload(@PathParam("id") long tenderId, @QueryParam("fileName") String fileName, InputStream content) {
        return Response.status(Response.Status.CREATED).entity(DocumentView.of(bids.uploadDocument(tenderId, fileName, content))).build();
    }

    @GET
    @Path("{bid}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Download a document of a bid, for whoever may read the bid")
    public Response document(@PathParam("id") long tenderId, @PathParam("bid") long bidId, @PathParam("documentId") long documentId) {
        return downloads.of(bids.document(tenderId, bidId, documentId));
    }
}
