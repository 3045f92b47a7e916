package dk.healthmarket.solution;

/** What the public catalogue can be narrowed by; empty fields do not narrow it. */
public record SolutionFilter(SolutionCategory category, Condition condition, PopulationSegment segment, CareSetting setting,
        MdrClass mdrClass, EvidenceLevel evidenceLevel) {
}
