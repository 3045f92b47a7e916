package dk.healthmarket.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One OCDS release as published: the JSON is written once, when the change it describes is made. */
@Entity
@Table(name = "ocds_release")
public class OcdsRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tender_id", nullable = false, updatable = false)
    private long tenderId;

    @Column(name = "release_id", nullable = false, updatable = false)
    private String releaseId;

    @Column(nullable = false, updatable = false)
    private String tag;

    @Column(name = "released_at", nullable = false, updatable = false)
    private Instant releasedAt;

    @Column(nullable = false, updatable = false)
    private String json;

    protected OcdsRelease() {
    }

    OcdsRelease(long tenderId, String releaseId, ReleaseTag tag, Instant releasedAt, String json) {
        this.tenderId = tenderId;
        this.releaseId = releaseId;
        this.tag = tag.code();
        this.releasedAt = releasedAt;
        this.json = json;
    }

    public String releaseId() {
        return releaseId;
    }

    public String json() {
        return json;
    }
}
