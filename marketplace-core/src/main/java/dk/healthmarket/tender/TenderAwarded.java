package dk.healthmarket.tender;

import java.util.List;

/**
 * A tender was awarded: observers act on it in the same transaction. This is where adoption
 * tracking records that the participating buyers plan to use the awarded solutions.
 */
public record TenderAwarded(long tenderId, List<Long> buyerIds, List<AwardedLot> lots) {

    /** The lot, the winning bid and its supplier, and the documented solutions the bid offered. */
    public record AwardedLot(int lot, long bidId, long supplierId, List<Long> solutionIds) {
    }
}
