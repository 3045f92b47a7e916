package dk.healthmarket.tender;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.account.UserAccount;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchOutbox;
import dk.healthmarket.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Clarification questions: suppliers ask until the clarification deadline, the lead buyer answers,
 * and every answered question is published to everyone without the asker's identity.
 */
@ApplicationScoped
@Transactional
public class ClarificationService {

    static final String AUDIT_TYPE = "Question";

    @Inject
    TenderService tenders;

    @Inject
    ClarificationRepository questions;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    SearchOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public PublishedQuestion ask(long tenderId, @NotBlank @Size(max = 4000) String question) {
        caller.requireAnyRole(Role.SUPPLIER);
        Tender tender = tenders.get(tenderId);
        UserAccount asker = accounts.current();
        ClarificationQuestion asked = questions.add(new ClarificationQuestion(tender, asker, question, clock.instant()));
        audit.record("question.asked", AUDIT_TYPE, asked.id(), "tender " + tenderId);
        return published(asked, Optional.of(asker));
    }

    public PublishedQuestion answer(long tenderId, long questionId, @NotBlank @Size(max = 8000) String answer) {
        Tender tender = tenders.asLeadBuyer(tenderId);
        ClarificationQuestion question = questions.find(questionId)
                .filter(q -> q.tender().id().equals(tender.id()))
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, questionId));
        question.answer(answer, clock.instant());
        audit.record("question.answered", AUDIT_TYPE, questionId, "tender " + tenderId);
        outbox.changed(IndexedType.TENDER, tenderId);
        return published(question, Optional.empty());
    }

    /**
     * The questions a reader may see: the answered ones for everyone; the unanswered ones too for
     * the lead buyer, and its own for the supplier that asked.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublishedQuestion> list(long tenderId) {
        Tender tender = tenders.get(tenderId);
        Optional<UserAccount> reader = caller.email().isPresent() ? Optional.of(accounts.current()) : Optional.empty();
        boolean leadBuyer = reader.filter(r -> tenders.isLeadBuyer(tender, r)).isPresent();
        return questions.ofTender(tenderId).stream()
                .filter(q -> q.answer().isPresent() || leadBuyer || reader.filter(q::askedBy).isPresent())
                .map(q -> published(q, reader))
                .toList();
    }

    /** The questions the caller asked, on any tender, newest first (suppliers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClarificationQuestion> mine() {
        caller.requireAnyRole(Role.SUPPLIER);
        return questions.askedBy(accounts.current().id());
    }

    private static PublishedQuestion published(ClarificationQuestion q, Optional<UserAccount> reader) {
        return new PublishedQuestion(q.id(), q.question(), q.askedAt(), q.answer().orElse(null), q.answeredAt().orElse(null),
                reader.filter(q::askedBy).isPresent());
    }
}
