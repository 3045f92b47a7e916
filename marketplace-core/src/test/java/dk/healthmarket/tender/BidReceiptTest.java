package dk.healthmarket.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BidReceiptTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-01T11:59:59.123Z");

    private static BidContent content(String price) {
        return new BidContent(42, "29000018",
                List.of(new BidContent.LotOffer(2, new BigDecimal("1250.50")), new BidContent.LotOffer(1, new BigDecimal(price))),
                Map.of("Kvalitet", "Vi leverer \"hjemmemåling\"\nmed support", "Arbejdskraftbesparelse", "2 timer pr. patient"),
                List.of(7L, 3L), List.of("bb", "aa"));
    }

    @Test
    void theCanonicalFormIsFixedWhateverTheOrderOfTheParts() {
        assertEquals("{\"documentDigests\":[\"aa\",\"bb\"],\"offers\":[{\"lot\":1,\"price\":800000},{\"lot\":2,\"price\":1250.5}],"
                + "\"responses\":{\"Arbejdskraftbesparelse\":\"2 timer pr. patient\",\"Kvalitet\":\"Vi leverer \\\"hjemmemåling\\\"\\nmed support\"},"
                + "\"solutionIds\":[3,7],\"supplierCvr\":\"29000018\",\"tenderId\":42}", content("800000.00").canonical());
    }

    @Test
    void theReceiptCarriesTheSha256OfTheCanonicalForm() {
        var receipt = BidReceipt.issue(content("800000"), RECEIVED);
        // computed independently (Python hashlib) from the canonical text above
        assertEquals("0aff7b1eef81fc88558c7bec00e33189ac81b1b94fac2d9dfbe76c4c9be7016d", receipt.sha256());
        assertEquals(RECEIVED, receipt.receivedAt());
    }

    @Test
    void theOpenedBidMatchesItsReceiptOnlyIfNothingChanged() {
        var receipt = BidReceipt.issue(content("800000"), RECEIVED);
        assertTrue(receipt.matches(content("800000.0")));
        assertFalse(receipt.matches(content("799999")));
    }

    @Test
    void aLifeCycleCostIsPartOfTheCanonicalFormOnlyWhereGiven() {
        var content = new BidContent(7, "29000018", List.of(new BidContent.LotOffer(1, new BigDecimal("10.50"), new BigDecimal("25.00"))),
                Map.of(), List.of(), List.of());
        assertEquals("{\"documentDigests\":[],\"offers\":[{\"lifeCycleCost\":25,\"lot\":1,\"price\":10.5}],\"responses\":{},"
                + "\"solutionIds\":[],\"supplierCvr\":\"29000018\",\"tenderId\":7}", content.canonical());
    }

    @Test
    void theCanonicalFormReadsBackToTheSameContent() {
        var content = content("800000.00");
        var parsed = BidContent.parse(content.canonical());
        assertEquals(content.canonical(), parsed.canonical());
        assertEquals("Vi leverer \"hjemmemåling\"\nmed support", parsed.responses().get("Kvalitet"));
        assertEquals(0, new BigDecimal("800000").compareTo(parsed.offers().get(0).price()));
        assertTrue(BidReceipt.issue(content, RECEIVED).matches(parsed));
    }
}
