package dk.healthmarket.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A corrigendum: a numbered, dated, public account of a change to a published tender. */
@Embeddable
public class Amendment {

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String summary;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    protected Amendment() {
    }

    Amendment(int number, String summary, Instant madeAt) {
        this.number = number;
        this.summary = summary;
        this.madeAt = madeAt;
    }

    public int number() {
        return number;
    }

    public String summary() {
        return summary;
    }

    public Instant madeAt() {
        return madeAt;
    }
}
