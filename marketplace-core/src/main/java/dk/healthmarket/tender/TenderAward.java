package dk.healthmarket.tender;

import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The decision on one lot: the winning bid, or none when no bid could win it, with the public
 * reasons. A reversed award is kept with the reason it was reversed.
 */
@Entity
@Table(name = "tender_award")
public class TenderAward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tender_id")
    private Tender tender;

    @Column(name = "lot_number", nullable = false)
    private int lot;

    @ManyToOne
    @JoinColumn(name = "bid_id")
    private Bid bid;

    @Column(nullable = false)
    private String reason;

    @Column(name = "awarded_at", nullable = false)
    private Instant awardedAt;

    @Column(name = "reversed_at")
    private Instant reversedAt;

    @Column(name = "reversal_reason")
    private String reversalReason;

    protected TenderAward() {
    }

    TenderAward(Tender tender, int lot, Bid bid, String reason, Instant awardedAt) {
        this.tender = tender;
        this.lot = lot;
        this.bid = bid;
        this.reason = reason;
        this.awardedAt = awardedAt;
    }

    void reverse(String reason, Instant now) {
        if (reversedAt != null) {
            throw new ConflictException(Text.of("award.reversedAlready"));
        }
        reversedAt = now;
        reversalReason = reason;
    }

    public boolean stands() {
        return reversedAt == null;
    }

    public Long id() {
        return id;
    }

    public Tender tender() {
        return tender;
    }

    public int lot() {
        return lot;
    }

    /** The winning bid; empty when no bid could be awarded the lot. */
    public Optional<Bid> bid() {
        return Optional.ofNullable(bid);
    }

    /** The winning bid's price for this lot: the awarded value. */
    public Optional<BigDecimal> price() {
        return bid().flatMap(b -> b.content().offers().stream().filter(o -> o.lot() == lot).findFirst()).map(BidContent.LotOffer::price);
    }

    public String reason() {
        return reason;
    }

    public Instant awardedAt() {
        return awardedAt;
    }

    public Optional<Instant> reversedAt() {
        return Optional.ofNullable(reversedAt);
    }

    public Optional<String> reversalReason() {
        return Optional.ofNullable(reversalReason);
    }
}
