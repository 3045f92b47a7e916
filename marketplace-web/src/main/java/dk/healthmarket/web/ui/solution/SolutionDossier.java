package dk.healthmarket.web.ui.solution;

import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.solution.ReviewService;
import dk.healthmarket.solution.SolutionService;
import dk.healthmarket.web.api.audit.AuditResource.AuditEntryView;
import dk.healthmarket.web.api.solution.ReviewView;
import dk.healthmarket.web.api.solution.SolutionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * What the supplier's wizard and the reviewer's workspace both show of one solution: the solution
 * as it stands, its reviews and its audit trail, read together.
 */
record SolutionDossier(SolutionView view, List<ReviewView> history, List<AuditEntryView> events) implements Serializable {

    /** Reads dossiers for the pages; the services check who may read what. */
    @ApplicationScoped
    static class Reader {

        @Inject
        SolutionService solutions;

        @Inject
        ReviewService reviews;

        @Inject
        Clock clock;

        SolutionDossier read(long id) {
            return new SolutionDossier(SolutionView.of(solutions.get(id), clock.instant()),
                    reviews.history(id).stream().map(ReviewView::of).toList(),
                    solutions.history(id, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream().map(AuditEntryView::of).toList());
        }
    }
}
