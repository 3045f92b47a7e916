package dk.healthmarket.web.api.search;

import dk.healthmarket.search.DeadlineRange;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchIndexing;
import dk.healthmarket.search.SearchService;
import dk.healthmarket.search.SearchService.Freshness;
import dk.healthmarket.search.SearchSort;
import dk.healthmarket.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject
    SearchService search;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Full-text search over solutions and tenders, Danish and English, with facets; the caller finds what they may see. "
            + "Facet parameters (category, condition, segment, setting, mdrClass, evidenceLevel, company, adoptedIn, reviewStatus, status, "
            + "procedure, cpvDivision, region, buyer) repeat for several values; adoptedIn is a region's code where the solution is used now; "
            + "sort=MOST_ADOPTED puts the solutions most organisations use first")
    @APIResponse(responseCode = "400", description = "The query syntax cannot be read (the field q says why), or a parameter is out of range")
    public SearchView search(@QueryParam("q") @Parameter(description = "Lucene syntax: words, \"phrases\", AND/OR/NOT, field-free") String q,
            @QueryParam("type") IndexedType type, @QueryParam("deadline") List<DeadlineRange> deadlines,
            @QueryParam("sort") SearchSort sort, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @HeaderParam(HttpHeaders.CACHE_CONTROL) @Parameter(description = "no-cache computes the answer anew; otherwise the index's answer"
                    + " to the same search in the same minute is given again") String cacheControl) {
        PageRequest paging = PageRequest.of(page, size);
        var result = search.search(q, Optional.ofNullable(type), filters(), deadlines == null ? Set.of() : new HashSet<>(deadlines),
                sort == null ? SearchSort.RELEVANCE : sort, paging.page(), paging.size(), noCache(cacheControl) ? Freshness.NEW : Freshness.KNOWN_OR_NEW);
        return SearchView.of(result, paging.page(), paging.size());
    }

    private static boolean noCache(String cacheControl) {
        return cacheControl != null && Arrays.stream(cacheControl.split(",")).anyMatch(d -> d.strip().equalsIgnoreCase("no-cache"));
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Names that complete what has been typed, for autocomplete")
    public List<String> suggest(@QueryParam("q") String q, @QueryParam("limit") Integer limit) {
        return search.suggest(q, limit == null ? 8 : limit);
    }

    @POST
    @Path("rebuild")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Rebuild the index from the database beside the live one, then swap it in; searches keep being answered (administrators)")
    @APIResponse(responseCode = "202", description = "Started; follow it at GET /search/status")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    public Response rebuild() {
        return Response.accepted(search.rebuild()).build();
    }

    @GET
    @Path("status")
    @Operation(summary = "How far the index has applied the outbox, any rebuild's progress, why the last rebuild failed (rebuildFailure; absent when it did not),"
            + " and the live index's answers cache: answers held, searches answered from it (hits) and computed (misses)")
    public SearchIndexing.Status status() {
        return search.status();
    }

    private Map<String, Set<String>> filters() {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        SearchService.FACETS.forEach(facet -> {
            List<String> values = uri.getQueryParameters().get(facet);
            if (values != null && !values.isEmpty()) {
                filters.put(facet, Set.copyOf(values));
            }
        });
        return filters;
    }
}
