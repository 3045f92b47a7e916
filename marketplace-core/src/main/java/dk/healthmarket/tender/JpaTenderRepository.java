package dk.healthmarket.tender;

import dk.healthmarket.persistence.PagedQuery;
import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaTenderRepository implements TenderRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Tender> find(long id) {
        return Optional.ofNullable(em.find(Tender.class, id));
    }

    @Override
    public List<Long> dueForClosing(Instant now) {
        return em.createQuery("select t.id from Tender t where t.status = :published and t.submissionDeadline <= :now order by t.id", Long.class)
                .setParameter("published", TenderStatus.PUBLISHED)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public Page<Tender> findPublic(TenderFilter filter, PageRequest page) {
        String division = filter.cpvDivision() == null || filter.cpvDivision().isBlank() ? null : filter.cpvDivision().strip() + "%";
        return PagedQuery.of(em, Tender.class, "t")
                .where("t.status <> :draft", "draft", TenderStatus.DRAFT)
                .where("t.status = :status", "status", filter.status())
                .where("t.procedure = :procedure", "procedure", filter.procedure())
                .where("t.leadBuyer.region.code = :region", "region", filter.regionCode())
                .where("exists (select c from Tender x join x.cpvCodes c where x = t and c.main = true and c.code like :division)", "division", division)
                // equal deadlines are ordered by a hash of the id, so no buyer's tender is always first
                .page("t.submissionDeadline, FUNCTION('SHA2', t.id, 256)", page);
    }

    @Override
    public Page<Tender> findOfLeadBuyer(long organisationId, PageRequest page) {
        return PagedQuery.of(em, Tender.class, "t")
                .where("t.leadBuyer.id = :lead", "lead", organisationId)
                .page("t.createdAt desc, t.id desc", page);
    }

    @Override
    public void lock(Tender tender) {
        em.refresh(tender, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Tender add(Tender tender) {
        em.persist(tender);
        em.flush();
        return tender;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
