package dk.healthmarket.solution;

/** A revision of a solution was approved and is now its public one; fired in the approving transaction. */
public record SolutionApproved(long solutionId) {
}
