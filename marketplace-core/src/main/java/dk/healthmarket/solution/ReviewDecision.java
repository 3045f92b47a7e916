package dk.healthmarket.solution;

import dk.healthmarket.shared.Copies;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reviewer's decision on a revision: approve, request changes or reject, a verdict on every
 * assessment domain, and the reasons the company reads. Only a revision that meets every domain
 * is approved; sending back or rejecting needs reasons. {@code validated} names the domains whose
 * claims and attachments the reviewer checked against their sources; only a domain that meets can be.
 */
public record ReviewDecision(
        @NotNull SolutionStatus decision,
        @Size(max = 8000) String reasons,
        @NotNull Map<@NotNull AssessmentDomain, @NotNull Verdict> verdicts,
        Map<@NotNull AssessmentDomain, @Size(max = 4000) String> comments,
        Set<@NotNull AssessmentDomain> validated) {

    public ReviewDecision {
        comments = comments == null ? Map.of() : comments;
        validated = Copies.set(validated);
    }

    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (decision != SolutionStatus.APPROVED && decision != SolutionStatus.CHANGES_REQUESTED && decision != SolutionStatus.REJECTED) {
            problems.add(new FieldError("decision", Text.of("review.decision.kind")));
        }
        for (AssessmentDomain domain : AssessmentDomain.values()) {
            if (!verdicts.containsKey(domain)) {
                problems.add(new FieldError("verdicts." + domain.name(), Text.of("review.verdict.required")));
            }
        }
        if (decision == SolutionStatus.APPROVED && verdicts.values().stream().anyMatch(v -> v != Verdict.MEETS)) {
            problems.add(new FieldError("decision", Text.of("review.approve.allMeet")));
        }
        validated.stream().filter(domain -> domain != null && verdicts.get(domain) != Verdict.MEETS)
                .forEach(domain -> problems.add(new FieldError("validated." + domain.name(), Text.of("review.validated.meets"))));
        if (decision != SolutionStatus.APPROVED && (reasons == null || reasons.isBlank())) {
            problems.add(new FieldError("reasons", Text.of("review.reasons.required")));
        }
        return problems;
    }

    List<DomainVerdict> domainVerdicts() {
        return verdicts.entrySet().stream()
                .map(e -> new DomainVerdict(e.getKey(), e.getValue(), comments.get(e.getKey()))).toList();
    }
}
