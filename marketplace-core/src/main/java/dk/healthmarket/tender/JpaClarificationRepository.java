package dk.healthmarket.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaClarificationRepository implements ClarificationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public ClarificationQuestion add(ClarificationQuestion question) {
        em.persist(question);
        em.flush();
        return question;
    }

    @Override
    public Optional<ClarificationQuestion> find(long id) {
        return Optional.ofNullable(em.find(ClarificationQuestion.class, id));
    }

    @Override
    public List<ClarificationQuestion> ofTender(long tenderId) {
        return em.createQuery("select q from ClarificationQuestion q where q.tender.id = :tender order by q.askedAt, q.id",
                        ClarificationQuestion.class)
                .setParameter("tender", tenderId)
                .getResultList();
    }

    @Override
    public List<ClarificationQuestion> askedBy(long userId) {
        return em.createQuery("select q from ClarificationQuestion q where q.askedBy.id = :user order by q.askedAt desc", ClarificationQuestion.class)
                .setParameter("user", userId)
                .getResultList();
    }
}
