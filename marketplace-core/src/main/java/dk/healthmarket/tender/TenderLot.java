package dk.healthmarket.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A lot of a tender, numbered from 1 in the order the buyer gave them. */
@Embeddable
public class TenderLot {

    @Column(name = "lot_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "estimated_value")
    private BigDecimal estimatedValue;

    protected TenderLot() {
    }

    TenderLot(int number, String title, String description, BigDecimal estimatedValue) {
        this.number = number;
        this.title = title;
        this.description = description;
        this.estimatedValue = estimatedValue;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public BigDecimal estimatedValue() {
        return estimatedValue;
    }
}
