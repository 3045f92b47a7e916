package dk.healthmarket.organisation;

import dk.healthmarket.shared.Text;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A party on the marketplace: a public buyer, the innovation centre or a company. Public buyers
 * below the national level belong to a region; companies carry a CVR number.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;

    @ManyToOne
    @JoinColumn(name = "region_code")
    private Region region;

    @Embedded
    private Cvr cvr;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationType type, Region region, Cvr cvr, Instant createdAt) {
        this.createdAt = createdAt;
        change(name, type, region, cvr);
    }

    /** Applies new details, keeping the invariants of the organisation's type. */
    public final void change(String name, OrganisationType type, Region region, Cvr cvr) {
        List<FieldError> errors = new ArrayList<>();
        if (type.requiresRegion() && region == null) {
            errors.add(new FieldError("regionCode", Text.of("organisation.regionRequired")));
        }
        if (type.requiresCvr() && cvr == null) {
            errors.add(new FieldError("cvr", Text.of("organisation.cvrRequired")));
        }
        if (!type.requiresCvr() && cvr != null) {
            errors.add(new FieldError("cvr", Text.of("organisation.cvrOnlyForCompanies")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.name = name.strip();
        this.type = type;
        this.region = region;
        this.cvr = cvr;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public Optional<Region> region() {
        return Optional.ofNullable(region);
    }

    public Optional<Cvr> cvr() {
        return Optional.ofNullable(cvr).filter(c -> c.number() != null);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
