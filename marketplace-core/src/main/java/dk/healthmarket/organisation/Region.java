package dk.healthmarket.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the five Danish regions, identified by its ISO 3166-2 code. Reference data. */
@Entity
@Table(name = "region")
@Cacheable
public class Region {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String nuts2;

    @Column(nullable = false)
    private int population;

    protected Region() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String nuts2() {
        return nuts2;
    }

    public int population() {
        return population;
    }
}
