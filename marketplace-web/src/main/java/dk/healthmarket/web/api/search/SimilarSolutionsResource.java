package dk.healthmarket.web.api.search;

import dk.healthmarket.search.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Solutions like one solution; shares its root path with SolutionResource. */
@Path("solutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SimilarSolutionsResource {

    @Inject
    SearchService search;

    @GET
    @Path("{id}/similar")
    @Operation(summary = "Solutions like this one, by the words that characterise it; only those the caller may see, never itself")
    public List<SearchView.Hit> similar(@PathParam("id") long id, @QueryParam("limit") Integer limit) {
        return search.similar(id, limit == null ? 5 : limit).stream().map(SearchView.Hit::of).toList();
    }
}
