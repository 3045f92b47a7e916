package dk.healthmarket.tender;

import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where tenders are kept. */
public interface TenderRepository {

    Optional<Tender> find(long id);

    /** The ids of published tenders whose submission deadline has passed; nothing is locked. */
    List<Long> dueForClosing(Instant now);

    /** Tenders the public may see (no drafts), soonest deadline first. */
    Page<Tender> findPublic(TenderFilter filter, PageRequest page);

    /** Every tender of one lead buyer, drafts included, newest first. */
    Page<Tender> findOfLeadBuyer(long organisationId, PageRequest page);

    /** Reads the tender again and locks its row until the transaction ends, so concurrent changes queue up. */
    void lock(Tender tender);

    Tender add(Tender tender);

    void flush();
}
