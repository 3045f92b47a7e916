package dk.healthmarket.tender;

import dk.healthmarket.shared.Copies;
import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.SolutionCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a buyer enters to create or change a tender, including the solution categories it buys and
 * the population segments it addresses. Deadlines may be left open in a draft; they are checked
 * when it is published.
 */
public record TenderDraft(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20_000) String description,
        @NotNull Procedure procedure,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal estimatedValue,
        @NotBlank String mainCpv,
        List<@NotBlank String> additionalCpv,
        List<@NotNull @Valid Participation> participants,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid LotDraft> lots,
        @NotEmpty List<@NotNull AwardCriterion> criteria,
        Instant clarificationDeadline,
        Instant submissionDeadline,
        Instant expectedAwardDate,
        Set<@NotNull SolutionCategory> categories,
        Set<@NotNull PopulationSegment> populationSegments) {

    public TenderDraft {
        additionalCpv = Copies.list(additionalCpv);
        participants = Copies.list(participants);
        categories = categories == null ? Set.of() : categories;
        populationSegments = populationSegments == null ? Set.of() : populationSegments;
    }

    /** Another public buyer joining the tender, with its estimated share in percent if known. */
    public record Participation(@NotNull Long organisationId,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal sharePercent) {
    }

    public record LotDraft(@NotBlank @Size(max = 300) String title, @Size(max = 20_000) String description,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal estimatedValue) {
    }

    public Deadlines deadlines() {
        return new Deadlines(clarificationDeadline, submissionDeadline, expectedAwardDate);
    }
}
