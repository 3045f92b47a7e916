package dk.healthmarket.tender;

import java.util.List;
import java.util.Optional;

/** Where bids are kept. It answers what it is asked; {@link BidService} decides who may ask. */
public interface BidRepository {

    Optional<Bid> find(long id);

    /** The supplier's bid that counts on the tender, if it has one. */
    Optional<Bid> counting(long tenderId, long supplierId);

    /** Every submission of one supplier on a tender, newest first, replaced and withdrawn ones too. */
    List<Bid> ofSupplier(long tenderId, long supplierId);

    /** Every submission of one supplier on any tender, newest first. */
    List<Bid> ofSupplier(long supplierId);

    /** The bids that count on a tender, in a stable order that favours no supplier. */
    List<Bid> counting(long tenderId);

    long countCounting(long tenderId);

    Bid add(Bid bid);

    void flush();
}
