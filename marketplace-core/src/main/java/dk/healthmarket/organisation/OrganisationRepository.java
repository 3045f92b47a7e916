package dk.healthmarket.organisation;

import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Where organisations and regions are kept. */
public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    Optional<Organisation> findByCvr(Cvr cvr);

    Optional<Organisation> findByTypeAndName(OrganisationType type, String name);

    Page<Organisation> find(OrganisationFilter filter, PageRequest page);

    Organisation add(Organisation organisation);

    /** Writes pending changes now, so the returned object carries its new version. */
    void flush();

    List<Region> regions();

    Optional<Region> region(String code);
}
