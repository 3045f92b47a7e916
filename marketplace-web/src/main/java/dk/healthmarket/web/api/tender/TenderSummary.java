package dk.healthmarket.web.api.tender;

import dk.healthmarket.tender.Procedure;
import dk.healthmarket.tender.Tender;
import dk.healthmarket.tender.TenderStatus;
import java.time.Instant;

/** A tender in a list. */
public record TenderSummary(long id, String title, TenderView.Buyer leadBuyer, Procedure procedure, TenderStatus status,
        String mainCpv, Instant submissionDeadline) {

    public static TenderSummary of(Tender t) {
        return new TenderSummary(t.id(), t.title(), TenderView.Buyer.of(t.leadBuyer()), t.procedure(), t.status(), t.mainCpv(),
                t.deadlines().submission());
    }
}
