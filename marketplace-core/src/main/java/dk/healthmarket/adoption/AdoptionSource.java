package dk.healthmarket.adoption;

/** Where an adoption comes from: an awarded tender records it, or the organisation reports it. */
public enum AdoptionSource {
    TENDER_AWARD,
    REPORTED
}
