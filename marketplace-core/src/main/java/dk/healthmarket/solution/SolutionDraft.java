package dk.healthmarket.solution;

import dk.healthmarket.shared.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What a company writes about a solution: how it is presented in the catalogue, and its
 * documentation. A draft may be incomplete; submitting it checks the documentation. A revision
 * sent back may carry the company's answer to the review, for the reviewer who reads it next.
 */
public record SolutionDraft(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 500) String summary,
        @NotBlank @Size(max = 20_000) String description,
        @NotEmpty Set<@NotNull ContentLanguage> languages,
        Set<@NotNull SolutionCategory> categories,
        Set<@NotNull Condition> conditions,
        Set<@NotNull PopulationSegment> populationSegments,
        Set<@NotNull CareSetting> careSettings,
        @Size(max = 2000) String priceModel,
        @Size(max = 500) String contact,
        @Size(max = 4000) String customerReferences,
        @Valid Documentation documentation,
        @Size(max = 8000) String reviewResponse) {

    public SolutionDraft {
        categories = Copies.set(categories);
        conditions = Copies.set(conditions);
        populationSegments = Copies.set(populationSegments);
        careSettings = Copies.set(careSettings);
        documentation = documentation == null ? new Documentation(null, null, null, null, null, null, null, null) : documentation;
    }
}
