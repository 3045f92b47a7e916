package dk.healthmarket.innovationindex;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published quarter: the report exactly as it was when published. Nothing changes it afterwards. */
@Entity
@Table(name = "index_snapshot")
public class IndexSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    @Column(nullable = false, updatable = false)
    private String content;

    protected IndexSnapshot() {
    }

    IndexSnapshot(String period, Instant publishedAt, String publishedBy, String content) {
        this.period = period;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.content = content;
    }

    public String period() {
        return period;
    }

    String content() {
        return content;
    }
}
