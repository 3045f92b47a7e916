package dk.healthmarket.web.api.solution;

import dk.healthmarket.solution.AssessmentDomain;
import dk.healthmarket.solution.Review;
import dk.healthmarket.solution.SolutionStatus;
import dk.healthmarket.solution.Verdict;
import java.time.Instant;
import java.util.List;

/** One review: the revision, who reviewed it and when, the verdict and comment per domain, the decision and its reasons. */
public record ReviewView(long id, int revision, String reviewer, Instant startedAt, Instant decidedAt, SolutionStatus decision,
        String reasons, List<DomainFinding> verdicts) {

    public record DomainFinding(AssessmentDomain domain, Verdict verdict, String comment) {
    }

    public static ReviewView of(Review r) {
        return new ReviewView(r.id(), r.revision().number(), r.reviewer().displayName(), r.startedAt(), r.decidedAt().orElse(null),
                r.decision().orElse(null), r.reasons().orElse(null),
                r.verdicts().stream().map(v -> new DomainFinding(v.domain(), v.verdict(), v.comment())).toList());
    }
}
