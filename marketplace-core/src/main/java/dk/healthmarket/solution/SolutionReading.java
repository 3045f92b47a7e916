package dk.healthmarket.solution;

import java.util.Optional;

/** A solution as one reader sees it: the approved revision if any, and the working revision if the reader may see it. */
public record SolutionReading(Solution solution, Optional<SolutionRevision> working) {
}
