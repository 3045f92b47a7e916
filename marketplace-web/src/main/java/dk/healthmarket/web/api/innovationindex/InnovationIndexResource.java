package dk.healthmarket.web.api.innovationindex;

import dk.healthmarket.innovationindex.AreaScore;
import dk.healthmarket.innovationindex.IndexReport;
import dk.healthmarket.innovationindex.InnovationIndexService;
import dk.healthmarket.innovationindex.Quarter;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.shared.Text;
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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The innovation index: published quarters for everyone, live quarters for reviewers, snapshots,
 * exports. How it is built is part of every answer ({@code method}) and of the methodology page.
 */
@Path("innovation-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Innovation index")
public class InnovationIndexResource {

    private static final int MAX_QUARTERS = 20;

    @Inject
    InnovationIndexService index;

    @GET
    @Operation(summary = "The index for a quarter (period=2026-Q3; default the newest published, or the current one for reviewers), nationally and per region")
    @APIResponse(responseCode = "404", description = "The quarter is not published (and the caller is not a reviewer)")
    public IndexReport report(@QueryParam("period") String period) {
        return index.report(quarter(period));
    }

    @GET
    @Path("regions/{code}")
    @Operation(summary = "One region's index for a quarter, its rank and rank range under the sensitivity scenarios, and its trend")
    public RegionView region(@PathParam("code") String code, @QueryParam("period") String period, @QueryParam("quarters") Integer quarters) {
        List<IndexReport> history = index.reportWithTrend(quarter(period), quarters(quarters));
        IndexReport report = history.get(history.size() - 1);
        AreaScore score = report.region(code).orElseThrow(() -> new NotFoundException("Region", code));
        List<RegionView.Point> trend = history.stream()
                .map(r -> new RegionView.Point(r.period(), r.published(), r.region(score.code()).orElseThrow().index()))
                .toList();
        int[] range = report.sensitivity().rankRange(score.code());
        return new RegionView(report.period(), report.published(), score, report.rank(score.code()), range[0], range[1], trend);
    }

    @GET
    @Path("trend")
    @Operation(summary = "The national and regional index over the quarters up to one (default 8), published or, for reviewers, live")
    public List<TrendPoint> trend(@QueryParam("to") String to, @QueryParam("quarters") Integer quarters) {
        return index.trend(quarter(to), quarters(quarters)).stream().map(TrendPoint::of).toList();
    }

    @POST
    @Path("snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish an ended quarter (reviewers): frozen as it stands, public from now on, never changed")
    @APIResponse(responseCode = "409", description = "The quarter has not ended or is already published")
    public Response publish(SnapshotRequest request) {
        if (request == null || request.period() == null) {
            throw new InvalidInputException("period", Text.of("index.badPeriod", ""));
        }
        IndexReport report = index.publish(Quarter.parse(request.period()));
        return Response.status(Response.Status.CREATED).entity(report).build();
    }

    @GET
    @Path("export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The quarter's indicators for every area, raw and normalised, as CSV (format=csv, default) or JSON")
    public Response export(@QueryParam("period") String period, @QueryParam("format") String format) {
        IndexReport report = index.report(quarter(period));
        String kind = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "json" -> Response.ok(report, MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=\"innovation-index-" + report.period() + ".json\"").build();
            case "csv" -> Response.ok(IndexCsv.of(report), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"innovation-index-" + report.period() + ".csv\"").build();
            default -> throw new InvalidInputException("format", Text.of("index.badFormat", kind));
        };
    }

    private Quarter quarter(String period) {
        return index.quarterOrLatest(period);
    }

    private static int quarters(Integer quarters) {
        if (quarters == null) {
            return 8;
        }
        if (quarters < 1 || quarters > MAX_QUARTERS) {
            throw new InvalidInputException("quarters", Text.of("index.badQuarters", MAX_QUARTERS));
        }
        return quarters;
    }

    /** Which quarter to publish. */
    public record SnapshotRequest(String period) {
    }

    /** The national and regional composites of one quarter. */
    public record TrendPoint(String period, boolean published, double national, List<RegionIndex> regions) {

        public record RegionIndex(String code, String name, double index) {
        }

        static TrendPoint of(IndexReport report) {
            return new TrendPoint(report.period(), report.published(), report.national().index(),
                    report.regions().stream().map(r -> new RegionIndex(r.code(), r.name(), r.index())).toList());
        }
    }
}
