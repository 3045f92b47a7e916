package dk.healthmarket.tender;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The lead buyer's assessment of one bid: a score from 0 to 10 per qualitative criterion, or the reason it is excluded. */
public record BidAssessment(
        @NotNull Long bidId,
        Map<@NotBlank String, @NotNull @Min(0) @Max(Scoring.MAX_SCORE) Integer> scores,
        @Size(max = 4000) String excludedReason) {

    public BidAssessment {
        scores = scores == null ? Map.of() : scores;
    }
}
