package dk.healthmarket.web.api.audit;

import dk.healthmarket.audit.AuditEntry;
import dk.healthmarket.audit.AuditFilter;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.audit.ChainVerification;
import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.web.api.PageView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditLog audit;

    public record AuditEntryView(long sequence, Instant occurredAt, String actor, String action, String objectType,
            String objectId, String detail, String hash) {

        public static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.sequence(), e.occurredAt(), e.actor(), e.action(), e.objectType(), e.objectId(),
                    e.detail(), e.hash());
        }
    }

    @GET
    @Operation(summary = "The audit log, newest first, filtered (administrators); from/to are ISO-8601 instants")
    public PageView<AuditEntryView> find(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
            @QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageView.of(audit.find(new AuditFilter(actor, action, objectType, objectId, from, to), PageRequest.of(page, size)),
                AuditEntryView::of);
    }

    @POST
    @Path("verification")
    @Operation(summary = "Recompute the audit hash chain and report the first entry that was changed or deleted (administrators)")
    public ChainVerification verify() {
        return audit.verify();
    }
}
