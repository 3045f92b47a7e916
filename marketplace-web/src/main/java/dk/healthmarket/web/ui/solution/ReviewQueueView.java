package dk.healthmarket.web.ui.solution;

import dk.healthmarket.solution.ReviewService;
import dk.healthmarket.solution.SolutionService;
import dk.healthmarket.web.api.solution.SolutionView;
import dk.healthmarket.web.api.solution.WaitingSolution;
import dk.healthmarket.web.ui.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;

/** The reviewer's queue, the longest waiting first, and the approved solutions due for review again. */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

    @Inject
    ReviewService reviews;

    @Inject
    SolutionService solutions;

    @Inject
    Clock clock;

    private PagedModel<WaitingSolution> queue;
    private PagedModel<SolutionView.Summary> due;

    @PostConstruct
    void init() {
        queue = new PagedModel<>(page -> reviews.queue(page).map(s -> WaitingSolution.of(s, clock.instant())), w -> String.valueOf(w.id()));
        due = new PagedModel<>(page -> solutions.dueForReReview(page).map(SolutionView.Summary::approved), s -> String.valueOf(s.id()));
    }

    public PagedModel<WaitingSolution> getQueue() {
        return queue;
    }

    public PagedModel<SolutionView.Summary> getDue() {
        return due;
    }
}
