package dk.healthmarket.audit;

/**
 * The outcome of checking the audit chain. When it is broken, {@code brokenAt} is the sequence
 * number of the first entry that does not fit, and {@code problem} says how.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long brokenAt, String problem) {

    static ChainVerification intact(long entriesChecked) {
        return new ChainVerification(true, entriesChecked, null, null);
    }

    static ChainVerification broken(long entriesChecked, long brokenAt, String problem) {
        return new ChainVerification(false, entriesChecked, brokenAt, problem);
    }
}
