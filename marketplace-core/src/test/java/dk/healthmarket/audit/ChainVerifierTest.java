package dk.healthmarket.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static final Instant T = Instant.parse("2026-11-23T10:00:00.123456789Z");

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditEntry> chain = chain(3);
        assertEquals(ChainVerification.intact(3), verify(chain, head(chain.get(2))));
    }

    @Test
    void anEditedEntryIsFound() throws Exception {
        List<AuditEntry> chain = chain(3);
        set(chain.get(1), "detail", "approved by someone else");
        var result = verify(chain, head(chain.get(2)));
        assertFalse(result.intact());
        assertEquals(2L, result.brokenAt());
        assertEquals("entry 2 was changed after it was written", result.problem());
    }

    @Test
    void anEditedAndRehashedEntryBreaksTheLinkOfTheNext() throws Exception {
        List<AuditEntry> chain = chain(3);
        set(chain.get(1), "actor", "mallory");
        set(chain.get(1), "hash", chain.get(1).computeHash());
        var result = verify(chain, head(chain.get(2)));
        assertEquals(3L, result.brokenAt());
        assertEquals("entry 3 does not link to the entry before it", result.problem());
    }

    @Test
    void aDeletedEntryIsFound() {
        List<AuditEntry> chain = new ArrayList<>(chain(3));
        AuditEntry last = chain.get(2);
        chain.remove(1);
        var result = verify(chain, head(last));
        assertEquals(2L, result.brokenAt());
        assertEquals("entry 2 is missing", result.problem());
    }

    @Test
    void deletingTheNewestEntriesIsFoundThroughTheHead() {
        List<AuditEntry> chain = new ArrayList<>(chain(3));
        AuditEntry last = chain.remove(2);
        var result = verify(chain, head(last));
        assertFalse(result.intact());
        assertEquals(3L, result.brokenAt());
    }

    @Test
    void overLongActorsAndDetailsAreCutToTheirColumnsAndStillVerify() {
        var entry = new AuditEntry(1, AuditEntry.GENESIS_HASH, T, "self-registration " + "a".repeat(250) + "@x.dk", "tender.amended",
                "Tender", "7", "amendment 1: " + "ø".repeat(4000));
        assertEquals(AuditEntry.ACTOR_LENGTH, entry.actor().length());
        assertEquals(AuditEntry.DETAIL_LENGTH, entry.detail().length());
        assertTrue(entry.detail().endsWith("…"));
        assertEquals(ChainVerification.intact(1), verify(List.of(entry), head(entry)));
    }

    @Test
    void theHashCoversTheTimeAsStored() {
        AuditEntry entry = chain(1).get(0);
        assertEquals(Instant.parse("2026-11-23T10:00:01.123456Z"), entry.occurredAt());
        assertTrue(entry.hash().matches("[0-9a-f]{64}"));
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditEntry.GENESIS_HASH;
        for (int i = 1; i <= length; i++) {
            var entry = new AuditEntry(i, previous, T.plusSeconds(i), "anna@region.dk", "tender.published", "Tender", String.valueOf(i), "detail " + i);
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    private static ChainVerification verify(List<AuditEntry> entries, AuditChainHead head) {
        var verifier = new ChainVerifier();
        for (AuditEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.finish(head);
    }

    private static AuditChainHead head(AuditEntry last) {
        var head = new AuditChainHead();
        head.advanceTo(last);
        return head;
    }

    private static void set(AuditEntry entry, String field, Object value) throws Exception {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(entry, value);
    }
}
