package dk.healthmarket.solution;

/** NICE Evidence Standards Framework tiers: A (system services), B (communication, health management), C (treatment, diagnosis, active monitoring). */
public enum EvidenceLevel {
    TIER_A,
    TIER_B,
    TIER_C
}
