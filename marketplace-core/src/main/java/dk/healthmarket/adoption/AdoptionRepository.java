package dk.healthmarket.adoption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AdoptionRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    SolutionReaches reaches;

    public Optional<Adoption> find(long id) {
        return Optional.ofNullable(em.find(Adoption.class, id));
    }

    public Optional<Adoption> find(long solutionId, long organisationId) {
        return em.createQuery("select a from Adoption a where a.solution.id = :solution and a.organisation.id = :organisation", Adoption.class)
                .setParameter("solution", solutionId).setParameter("organisation", organisationId).getResultStream().findFirst();
    }

    public List<Adoption> ofSolution(long solutionId) {
        return em.createQuery("select a from Adoption a join fetch a.organisation where a.solution.id = :solution order by a.createdAt, a.id", Adoption.class)
                .setParameter("solution", solutionId).getResultList();
    }

    public List<Adoption> fromTender(long tenderId) {
        return em.createQuery("select a from Adoption a where a.tenderId = :tender and a.source = :source", Adoption.class)
                .setParameter("tender", tenderId).setParameter("source", AdoptionSource.TENDER_AWARD).getResultList();
    }

    public Adoption add(Adoption adoption) {
        em.persist(adoption);
        reaches.recompute(adoption.solution().id());
        return adoption;
    }

    /** Writes a changed adoption, and what the change does to its solution's reach. */
    public void save(Adoption adoption) {
        reaches.recompute(adoption.solution().id());
    }

    public void remove(Adoption adoption) {
        em.remove(adoption);
        reaches.recompute(adoption.solution().id());
    }

    public void lock(Adoption adoption) {
        em.lock(adoption, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(adoption);
    }
}
