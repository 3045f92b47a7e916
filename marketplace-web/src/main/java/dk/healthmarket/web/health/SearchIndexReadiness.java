package dk.healthmarket.web.health;

import dk.healthmarket.search.LiveIndex;
import dk.healthmarket.search.SearchIndexing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the search index is open and keeps up with the outbox: searches then answer with
 * what the database holds, give or take the last second. A rebuild does not make it unready; the
 * live index keeps answering meanwhile.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    /** More outbox entries than this unapplied, and searches are too far behind to be trusted. */
    static final long MAX_BEHIND = 5_000;

    @Inject
    LiveIndex live;

    @Inject
    SearchIndexing indexing;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("search-index");
        if (live.current().isEmpty()) {
            return response.down().withData("reason", "the search index is not open").build();
        }
        try {
            SearchIndexing.Status status = indexing.status();
            return response.status(status.behind() <= MAX_BEHIND).withData("behind", status.behind())
                    .withData("rebuilding", status.rebuilding()).build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", "the outbox cannot be read").build();
        }
    }
}
