package dk.healthmarket.tender;

import java.util.List;
import java.util.Optional;

/**
 * What one reader may see of a tender's evaluation: the lead buyer every bid on every lot; a
 * bidder, once the tender is awarded, its own results and the winner's on the lots it bid on.
 */
public record EvaluationReport(Tender tender, List<LotRanking> lots, List<TenderAward> awards, Optional<Long> readerSupplierId) {
}
