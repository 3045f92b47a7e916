package dk.healthmarket.tender;

import java.util.List;

/** Where award decisions are kept. */
public interface AwardRepository {

    /** Every award decision on a tender, reversed ones too, by lot and then by time. */
    List<TenderAward> ofTender(long tenderId);

    TenderAward add(TenderAward award);
}
