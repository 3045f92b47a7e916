package dk.healthmarket.tender;

import dk.healthmarket.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes down every refused attempt to read a sealed bid, in a transaction of its own: the
 * refusal rolls the reader's transaction back, the record of the attempt stays.
 */
@ApplicationScoped
class SealedBidLog {

    static final String REFUSED = "bid.readRefused";

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void refused(long tenderId, String attempt) {
        audit.record(REFUSED, TenderService.AUDIT_TYPE, tenderId, attempt);
    }
}
