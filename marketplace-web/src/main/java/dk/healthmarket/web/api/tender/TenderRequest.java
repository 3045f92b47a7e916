package dk.healthmarket.web.api.tender;

import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.SolutionCategory;
import dk.healthmarket.tender.AwardCriterion;
import dk.healthmarket.tender.Procedure;
import dk.healthmarket.tender.TenderDraft;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A tender as a buyer creates or changes it; deadlines may stay open until it is published. */
public record TenderRequest(String title, String description, Procedure procedure, BigDecimal estimatedValue,
        String mainCpv, List<String> additionalCpv, List<Participant> participants, List<Lot> lots, List<AwardCriterion> criteria,
        Instant clarificationDeadline, Instant submissionDeadline, Instant expectedAwardDate,
        Set<SolutionCategory> categories, Set<PopulationSegment> populationSegments) {

    /** Another public buyer taking part, with its estimated share in percent. */
    public record Participant(Long organisationId, BigDecimal sharePercent) {
    }

    public record Lot(String title, String description, BigDecimal estimatedValue) {
    }

    TenderDraft draft() {
        return new TenderDraft(title, description, procedure, estimatedValue, mainCpv, additionalCpv,
                participants == null ? null : participants.stream()
                        .map(p -> p == null ? null : new TenderDraft.Participation(p.organisationId(), p.sharePercent())).toList(),
                lots == null ? null : lots.stream()
                        .map(l -> l == null ? null : new TenderDraft.LotDraft(l.title(), l.description(), l.estimatedValue())).toList(),
                criteria, clarificationDeadline, submissionDeadline, expectedAwardDate, categories, populationSegments);
    }
}
