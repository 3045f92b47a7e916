package dk.healthmarket.web.it;

import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchDocument;
import dk.healthmarket.search.SearchDocumentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * Organisations as search documents, which the product does not index: here, while a test says so,
 * one organisation whose page cannot be read, so that a rebuild fails. Test deployment only.
 */
@Path("test/broken-search-pages")
@ApplicationScoped
public class BrokenSearchPages implements SearchDocumentSource {

    private volatile boolean broken;

    @POST
    public String set(@QueryParam("broken") boolean broken) {
        this.broken = broken;
        return String.valueOf(broken);
    }

    @Override
    public IndexedType type() {
        return IndexedType.ORGANISATION;
    }

    @Override
    public List<SearchDocument> documents(List<String> ids) {
        if (broken) {
            throw new IllegalStateException("a page the test broke");
        }
        return List.of();
    }

    @Override
    public long count() {
        return 0;
    }

    @Override
    public List<String> ids(String after, int limit) {
        return broken && after == null ? List.of("1") : List.of();
    }
}
