package dk.healthmarket.web.ui.solution;

import dk.healthmarket.solution.CareSetting;
import dk.healthmarket.solution.Condition;
import dk.healthmarket.solution.EvidenceLevel;
import dk.healthmarket.solution.MdrClass;
import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.SolutionCategory;
import dk.healthmarket.solution.SolutionFilter;
import dk.healthmarket.solution.SolutionService;
import dk.healthmarket.web.api.solution.SolutionView;
import dk.healthmarket.web.ui.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The public catalogue of approved solutions, with its six filters. */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    @Inject
    SolutionService solutions;

    private PagedModel<SolutionView.Summary> list;
    private SolutionCategory category;
    private Condition condition;
    private PopulationSegment segment;
    private CareSetting setting;
    private MdrClass mdrClass;
    private EvidenceLevel evidenceLevel;

    @PostConstruct
    void init() {
        list = new PagedModel<>(page -> solutions.catalogue(new SolutionFilter(category, condition, segment, setting, mdrClass, evidenceLevel), page)
                .map(SolutionView.Summary::approved), s -> String.valueOf(s.id()));
    }

    public List<SolutionCategory> getCategories() {
        return List.of(SolutionCategory.values());
    }

    public List<Condition> getConditions() {
        return List.of(Condition.values());
    }

    public List<PopulationSegment> getSegments() {
        return List.of(PopulationSegment.values());
    }

    public List<CareSetting> getSettings() {
        return List.of(CareSetting.values());
    }

    public List<MdrClass> getMdrClasses() {
        return List.of(MdrClass.values());
    }

    public List<EvidenceLevel> getEvidenceLevels() {
        return List.of(EvidenceLevel.values());
    }

    public PagedModel<SolutionView.Summary> getList() {
        return list;
    }

    public SolutionCategory getCategory() {
        return category;
    }

    public void setCategory(SolutionCategory category) {
        this.category = category;
    }

    public Condition getCondition() {
        return condition;
    }

    public void setCondition(Condition condition) {
        this.condition = condition;
    }

    public PopulationSegment getSegment() {
        return segment;
    }

    public void setSegment(PopulationSegment segment) {
        this.segment = segment;
    }

    public CareSetting getSetting() {
        return setting;
    }

    public void setSetting(CareSetting setting) {
        this.setting = setting;
    }

    public MdrClass getMdrClass() {
        return mdrClass;
    }

    public void setMdrClass(MdrClass mdrClass) {
        this.mdrClass = mdrClass;
    }

    public EvidenceLevel getEvidenceLevel() {
        return evidenceLevel;
    }

    public void setEvidenceLevel(EvidenceLevel evidenceLevel) {
        this.evidenceLevel = evidenceLevel;
    }
}
