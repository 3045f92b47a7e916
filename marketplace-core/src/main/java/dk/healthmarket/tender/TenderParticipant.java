package dk.healthmarket.tender;

import dk.healthmarket.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A public buyer taking part in a joint tender, with its estimated share in percent if known. */
@Embeddable
public class TenderParticipant {

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "share_percent")
    private BigDecimal sharePercent;

    protected TenderParticipant() {
    }

    TenderParticipant(Organisation organisation, BigDecimal sharePercent) {
        this.organisation = organisation;
        this.sharePercent = sharePercent;
    }

    public Organisation organisation() {
        return organisation;
    }

    public BigDecimal sharePercent() {
        return sharePercent;
    }
}
