package dk.healthmarket.organisation;

import dk.healthmarket.persistence.PagedQuery;
import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByCvr(Cvr cvr) {
        return em.createQuery("select o from Organisation o where o.cvr.number = :cvr", Organisation.class)
                .setParameter("cvr", cvr.number())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Organisation> findByTypeAndName(OrganisationType type, String name) {
        return em.createQuery("select o from Organisation o where o.type = :type and o.name = :name", Organisation.class)
                .setParameter("type", type)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public Page<Organisation> find(OrganisationFilter filter, PageRequest page) {
        String name = filter.nameContains() == null ? null : filter.nameContains().strip().toLowerCase();
        return PagedQuery.of(em, Organisation.class, "o")
                .where("o.type = :type", "type", filter.type())
                .where("o.region.code = :region", "region", filter.regionCode())
                .where("lower(o.name) like :name", "name", name == null || name.isEmpty() ? null : "%" + name + "%")
                .page("o.name, o.id", page);
    }

    @Override
    public Organisation add(Organisation organisation) {
        em.persist(organisation);
        em.flush();
        return organisation;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Region> regions() {
        return em.createQuery("select r from Region r order by r.code", Region.class).getResultList();
    }

    @Override
    public Optional<Region> region(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Region.class, code));
    }
}
