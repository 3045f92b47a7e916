package dk.healthmarket.web.ui.solution;

import dk.healthmarket.solution.SolutionService;
import dk.healthmarket.web.api.solution.SolutionView;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Map;

/** One solution's public page: its approved revision and the documentation behind it. */
@Named
@ViewScoped
public class SolutionPageView implements Serializable {

    @Inject
    SolutionService solutions;

    @Inject
    Clock clock;

    private Long id;
    private SolutionView.Revision revision;
    private SolutionView solution;

    public void load() {
        revision = null;
        if (id == null) {
            return;
        }
        UiErrors.attempt(() -> {
            solution = SolutionView.of(solutions.get(id), clock.instant());
            revision = solution.approved() != null ? solution.approved() : solution.working();
        }, Map.of());
    }

    public SolutionView getSolution() {
        return solution;
    }

    public SolutionView.Revision getRevision() {
        return revision;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
