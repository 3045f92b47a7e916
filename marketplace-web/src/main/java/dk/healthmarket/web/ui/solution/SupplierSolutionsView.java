package dk.healthmarket.web.ui.solution;

import dk.healthmarket.solution.SolutionService;
import dk.healthmarket.web.api.solution.SolutionView;
import dk.healthmarket.web.ui.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The supplier's own company's solutions, in every state. */
@Named
@ViewScoped
public class SupplierSolutionsView implements Serializable {

    @Inject
    SolutionService solutions;

    private PagedModel<SolutionView.Summary> list;

    @PostConstruct
    void init() {
        list = new PagedModel<>(page -> solutions.mine(page).map(SolutionView.Summary::working), s -> String.valueOf(s.id()));
    }

    public PagedModel<SolutionView.Summary> getList() {
        return list;
    }
}
