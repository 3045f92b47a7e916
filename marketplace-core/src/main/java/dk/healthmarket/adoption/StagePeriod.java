package dk.healthmarket.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A stage an adoption was in, from the day it entered to the day it left; the history of stage changes. */
@Entity
@Table(name = "adoption_stage")
public class StagePeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "adoption_id")
    private Adoption adoption;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdoptionStage stage;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    private String reason;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StagePeriod() {
    }

    StagePeriod(Adoption adoption, AdoptionStage stage, LocalDate enteredOn, String reason, String changedBy, Instant changedAt) {
        this.adoption = adoption;
        this.stage = stage;
        this.enteredOn = enteredOn;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    void leave(LocalDate on) {
        leftOn = on;
    }

    public AdoptionStage stage() {
        return stage;
    }

    public LocalDate enteredOn() {
        return enteredOn;
    }

    public Optional<LocalDate> leftOn() {
        return Optional.ofNullable(leftOn);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
