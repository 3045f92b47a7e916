package dk.healthmarket.tender;

import dk.healthmarket.shared.Sha256;
import java.time.Instant;

/**
 * What a supplier gets for a submitted bid: when the server received it, and the SHA-256 of the
 * bid's canonical form. Whoever holds it can check that the bid opened after the deadline is,
 * byte for byte, the bid that was submitted.
 */
public record BidReceipt(long tenderId, Instant receivedAt, String sha256) {

    public static BidReceipt issue(BidContent content, Instant receivedAt) {
        return new BidReceipt(content.tenderId(), receivedAt, digest(content));
    }

    public boolean matches(BidContent opened) {
        return opened.tenderId() == tenderId && digest(opened).equals(sha256);
    }

    static String digest(BidContent content) {
        return Sha256.hex(content.canonical());
    }
}
