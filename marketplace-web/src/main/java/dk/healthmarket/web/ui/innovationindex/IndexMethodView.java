package dk.healthmarket.web.ui.innovationindex;

import dk.healthmarket.innovationindex.IndexReport;
import dk.healthmarket.innovationindex.InnovationIndexService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The methodology page: the indicators with the goalposts, transformation and weight in force. */
@Named
@RequestScoped
public class IndexMethodView {

    @Inject
    InnovationIndexService index;

    public List<IndexReport.Weight> getWeights() {
        return index.method().weights();
    }
}
