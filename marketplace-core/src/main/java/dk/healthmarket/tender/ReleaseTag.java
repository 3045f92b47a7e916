package dk.healthmarket.tender;

/** Why an OCDS release was published: its tag from the releaseTag codelist. */
public enum ReleaseTag {
    TENDER("tender"),
    TENDER_AMENDMENT("tenderAmendment"),
    TENDER_UPDATE("tenderUpdate"),
    TENDER_CANCELLATION("tenderCancellation"),
    AWARD("award"),
    AWARD_UPDATE("awardUpdate"),
    CONTRACT("contract");

    private final String code;

    ReleaseTag(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
