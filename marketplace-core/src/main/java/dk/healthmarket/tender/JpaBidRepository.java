package dk.healthmarket.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaBidRepository implements BidRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Bid> find(long id) {
        return Optional.ofNullable(em.find(Bid.class, id));
    }

    @Override
    public Optional<Bid> counting(long tenderId, long supplierId) {
        return em.createQuery("select b from Bid b where b.tender.id = :tender and b.supplier.id = :supplier and b.status = :submitted", Bid.class)
                .setParameter("tender", tenderId)
                .setParameter("supplier", supplierId)
                .setParameter("submitted", BidStatus.SUBMITTED)
                .getResultStream().findFirst();
    }

    @Override
    public List<Bid> ofSupplier(long tenderId, long supplierId) {
        return em.createQuery("select b from Bid b where b.tender.id = :tender and b.supplier.id = :supplier order by b.receivedAt desc, b.id desc", Bid.class)
                .setParameter("tender", tenderId)
                .setParameter("supplier", supplierId)
                .getResultList();
    }

    @Override
    public List<Bid> ofSupplier(long supplierId) {
        return em.createQuery("select b from Bid b where b.supplier.id = :supplier order by b.receivedAt desc, b.id desc", Bid.class)
                .setParameter("supplier", supplierId)
                .getResultList();
    }

    @Override
    public List<Bid> counting(long tenderId) {
        return em.createQuery("select b from Bid b where b.tender.id = :tender and b.status = :submitted order by FUNCTION('SHA2', b.id, 256)", Bid.class)
                .setParameter("tender", tenderId)
                .setParameter("submitted", BidStatus.SUBMITTED)
                .getResultList();
    }

    @Override
    public long countCounting(long tenderId) {
        return em.createQuery("select count(b) from Bid b where b.tender.id = :tender and b.status = :submitted", Long.class)
                .setParameter("tender", tenderId)
                .setParameter("submitted", BidStatus.SUBMITTED)
                .getSingleResult();
    }

    @Override
    public Bid add(Bid bid) {
        em.persist(bid);
        em.flush();
        return bid;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
