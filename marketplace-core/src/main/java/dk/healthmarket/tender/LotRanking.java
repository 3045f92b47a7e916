package dk.healthmarket.tender;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The bids on one lot as evaluation sees them: ranked once every eligible bid is scored, in
 * ranking order; until then in the stable order of the bids, unranked. Excluded bids come last.
 */
public record LotRanking(int lot, boolean complete, List<Entry> entries) {

    /** One bid on the lot: its offer, and its points and rank when the lot is ranked. */
    public record Entry(Bid bid, BigDecimal price, Optional<ScoredBid> scored) {

        public boolean wins() {
            return scored.map(s -> s.rank() == 1).orElse(false);
        }
    }

    public Optional<Entry> winner() {
        return entries.stream().filter(Entry::wins).findFirst();
    }
}
