package dk.healthmarket.web.ui.admin;

import dk.healthmarket.search.SearchIndexing;
import dk.healthmarket.search.SearchService;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The administrator's view of the search index: how far it has applied the outbox, and a rebuild with its progress. */
@Named
@RequestScoped
public class SearchAdminView {

    @Inject
    SearchService search;

    private SearchIndexing.Status status;

    /** Read once per request: the page shows several of its figures, and each reading asks the database. */
    public SearchIndexing.Status getStatus() {
        if (status == null) {
            status = search.status();
        }
        return status;
    }

    public void rebuild() {
        if (UiErrors.attempt(search::rebuild, Map.of())) {
            UiErrors.info(UiErrors.text("admin.search.started"));
            status = null;
        }
    }
}
