package dk.healthmarket.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How an award criterion is stored; {@link AwardCriteria} holds the rules. */
@Embeddable
public class TenderCriterion {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriterionKind kind;

    @Column(nullable = false)
    private int weight;

    protected TenderCriterion() {
    }

    TenderCriterion(AwardCriterion criterion) {
        this.name = criterion.name().strip();
        this.kind = criterion.kind();
        this.weight = criterion.weight();
    }

    AwardCriterion criterion() {
        return new AwardCriterion(name, kind, weight);
    }
}
