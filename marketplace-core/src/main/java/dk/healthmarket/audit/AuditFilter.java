package dk.healthmarket.audit;

import java.time.Instant;

/** What to look for in the audit log; null fields match everything. */
public record AuditFilter(String actor, String action, String objectType, String objectId, Instant from, Instant to) {
}
