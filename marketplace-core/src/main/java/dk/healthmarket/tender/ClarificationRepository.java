package dk.healthmarket.tender;

import java.util.List;
import java.util.Optional;

/** Where clarification questions are kept. */
public interface ClarificationRepository {

    ClarificationQuestion add(ClarificationQuestion question);

    Optional<ClarificationQuestion> find(long id);

    /** A tender's questions, oldest first. */
    List<ClarificationQuestion> ofTender(long tenderId);

    /** The questions one user asked, newest first. */
    List<ClarificationQuestion> askedBy(long userId);
}
