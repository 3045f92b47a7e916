package dk.healthmarket.tender;

import dk.healthmarket.account.UserAccount;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A supplier's question about a published tender and the lead buyer's answer. Everyone may read
 * an answered question; who asked it is never shown to anyone but the asker.
 */
@Entity
@Table(name = "clarification_question")
public class ClarificationQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tender_id")
    private Tender tender;

    @ManyToOne(optional = false)
    @JoinColumn(name = "asked_by_id")
    private UserAccount askedBy;

    @Column(nullable = false)
    private String question;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ClarificationQuestion() {
    }

    /** A question may be asked while the tender is published and its clarification deadline has not passed. */
    ClarificationQuestion(Tender tender, UserAccount askedBy, String question, Instant now) {
        if (tender.status() != TenderStatus.PUBLISHED) {
            throw new ConflictException(Text.of("question.tenderNotOpen", tender.status().name()));
        }
        if (!now.isBefore(tender.deadlines().clarification())) {
            throw new ConflictException(Text.of("question.deadlinePassed", tender.deadlines().clarification().toString()));
        }
        this.tender = tender;
        this.askedBy = askedBy;
        this.question = question.strip();
        this.askedAt = now;
    }

    void answer(String text, Instant now) {
        if (answer != null) {
            throw new ConflictException(Text.of("question.answeredAlready"));
        }
        if (tender.status() != TenderStatus.PUBLISHED) {
            throw new ConflictException(Text.of("question.tenderNotOpen", tender.status().name()));
        }
        answer = text.strip();
        answeredAt = now;
    }

    public Long id() {
        return id;
    }

    public Tender tender() {
        return tender;
    }

    public boolean askedBy(UserAccount user) {
        return askedBy.id().equals(user.id());
    }

    public String question() {
        return question;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }
}
