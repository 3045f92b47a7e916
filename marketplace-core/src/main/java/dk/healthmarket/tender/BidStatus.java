package dk.healthmarket.tender;

/** Whether a submission still counts: the last one a supplier submitted does, unless withdrawn. */
public enum BidStatus {
    SUBMITTED,
    REPLACED,
    WITHDRAWN
}
