package dk.healthmarket.audit;

/**
 * Walks audit entries in sequence order and finds the first one that breaks the chain: a gap in
 * the sequence (a deleted entry), a hash that does not match the content (an edited entry), or a
 * link to a predecessor other than the one before it (an entry replaced with a rehashed copy).
 */
final class ChainVerifier {

    private long expectedSequence = 1;
    private String expectedPreviousHash = AuditEntry.GENESIS_HASH;
    private long checked;
    private ChainVerification failure;

    /** Returns false once the chain is broken; later entries need not be read. */
    boolean accept(AuditEntry entry) {
        if (failure != null) {
            return false;
        }
        if (entry.sequence() != expectedSequence) {
            return fail(expectedSequence, "entry " + expectedSequence + " is missing");
        }
        if (!entry.previousHash().equals(expectedPreviousHash)) {
            return fail(entry.sequence(), "entry " + entry.sequence() + " does not link to the entry before it");
        }
        if (!entry.computeHash().equals(entry.hash())) {
            return fail(entry.sequence(), "entry " + entry.sequence() + " was changed after it was written");
        }
        checked++;
        expectedSequence++;
        expectedPreviousHash = entry.hash();
        return true;
    }

    ChainVerification finish(AuditChainHead head) {
        if (failure != null) {
            return failure;
        }
        if (head.lastSequence() != expectedSequence - 1 || !head.lastHash().equals(expectedPreviousHash)) {
            return ChainVerification.broken(checked, expectedSequence,
                    "the chain ends at entry " + (expectedSequence - 1) + " but its head names entry " + head.lastSequence());
        }
        return ChainVerification.intact(checked);
    }

    private boolean fail(long sequence, String problem) {
        failure = ChainVerification.broken(checked, sequence, problem);
        return false;
    }
}
