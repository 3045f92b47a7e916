package dk.healthmarket.web.api.solution;

import dk.healthmarket.solution.CareSetting;
import dk.healthmarket.solution.Condition;
import dk.healthmarket.solution.ContentLanguage;
import dk.healthmarket.solution.Documentation;
import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.SolutionCategory;
import dk.healthmarket.solution.SolutionDraft;
import java.util.Set;

/** A solution as its company writes it: the catalogue text and the documentation, which may be incomplete until submission. */
public record SolutionRequest(String name, String summary, String description, Set<ContentLanguage> languages,
        Set<SolutionCategory> categories, Set<Condition> conditions, Set<PopulationSegment> populationSegments,
        Set<CareSetting> careSettings, String priceModel, String contact, String customerReferences, Documentation documentation,
        String reviewResponse) {

    SolutionDraft draft() {
        return new SolutionDraft(name, summary, description, languages, categories, conditions, populationSegments, careSettings,
                priceModel, contact, customerReferences, documentation, reviewResponse);
    }
}
