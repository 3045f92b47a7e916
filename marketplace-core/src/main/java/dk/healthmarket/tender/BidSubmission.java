package dk.healthmarket.tender;

import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a supplier enters for a bid: an offer for each lot it bids on and a written response to
 * each qualitative award criterion, by the criterion's name, and the supplier's documented solutions
 * it offers, which buyers plan to adopt if the bid wins.
 */
public record BidSubmission(
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Offer> offers,
        @NotNull Map<@NotBlank String, @NotBlank @Size(max = 20_000) String> responses,
        @Size(max = 50) List<@NotNull Long> documentIds,
        @Size(max = 20) List<@NotNull Long> solutionIds) {

    public BidSubmission {
        documentIds = documentIds == null ? List.of() : documentIds;
        solutionIds = solutionIds == null ? List.of() : solutionIds.stream().distinct().toList();
    }

    public BidSubmission(List<Offer> offers, Map<String, String> responses) {
        this(offers, responses, List.of(), List.of());
    }

    /** The price for one lot, and its life-cycle cost when the tender weighs that. */
    public record Offer(@NotNull @Positive Integer lot,
            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal price,
            @Positive @Digits(integer = 13, fraction = 2) BigDecimal lifeCycleCost) {
    }

    /** What the tender cannot take: lots it does not have or named twice, amounts and responses its criteria do not match. */
    public List<FieldError> problemsFor(Tender tender) {
        List<FieldError> problems = new ArrayList<>();
        Set<Integer> lots = new HashSet<>();
        boolean weighsLifeCycleCost = tender.awardCriteria().criteria().stream().anyMatch(c -> c.kind() == CriterionKind.LIFE_CYCLE_COST);
        for (int i = 0; i < offers.size(); i++) {
            Offer offer = offers.get(i);
            if (offer.lot() > tender.lots().size()) {
                problems.add(new FieldError("offers[" + i + "].lot", Text.of("bid.lot.unknown", offer.lot())));
            } else if (!lots.add(offer.lot())) {
                problems.add(new FieldError("offers[" + i + "].lot", Text.of("bid.lot.duplicate", offer.lot())));
            }
            if (weighsLifeCycleCost != (offer.lifeCycleCost() != null)) {
                problems.add(new FieldError("offers[" + i + "].lifeCycleCost",
                        Text.of(weighsLifeCycleCost ? "bid.lifeCycleCost.required" : "bid.lifeCycleCost.notWeighed")));
            }
        }
        List<String> qualitative = tender.awardCriteria().criteria().stream()
                .filter(c -> !c.kind().isAmount()).map(AwardCriterion::name).toList();
        qualitative.stream().filter(name -> !responses.containsKey(name))
                .forEach(name -> problems.add(new FieldError("responses." + name, Text.of("bid.response.required"))));
        responses.keySet().stream().filter(name -> !qualitative.contains(name)).sorted()
                .forEach(name -> problems.add(new FieldError("responses." + name, Text.of("bid.response.unknownCriterion"))));
        return problems;
    }

    /** The content a receipt covers, as this supplier submits it, with the digests of its documents. */
    BidContent content(long tenderId, String supplierCvr, List<String> documentDigests) {
        return new BidContent(tenderId, supplierCvr,
                offers.stream().map(o -> new BidContent.LotOffer(o.lot(), o.price(), o.lifeCycleCost())).toList(),
                Map.copyOf(responses), solutionIds, documentDigests);
    }
}
