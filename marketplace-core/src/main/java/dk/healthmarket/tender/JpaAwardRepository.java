package dk.healthmarket.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
class JpaAwardRepository implements AwardRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<TenderAward> ofTender(long tenderId) {
        return em.createQuery("select a from TenderAward a where a.tender.id = :tender order by a.lot, a.awardedAt, a.id", TenderAward.class)
                .setParameter("tender", tenderId)
                .getResultList();
    }

    @Override
    public TenderAward add(TenderAward award) {
        em.persist(award);
        return award;
    }
}
