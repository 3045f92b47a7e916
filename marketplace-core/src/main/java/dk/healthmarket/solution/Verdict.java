package dk.healthmarket.solution;

/** A reviewer's finding on one assessment domain. */
public enum Verdict {
    MEETS,
    PARTLY,
    MISSING
}
