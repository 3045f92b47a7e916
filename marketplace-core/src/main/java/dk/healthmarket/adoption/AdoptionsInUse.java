package dk.healthmarket.adoption;

import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.organisation.Region;
import dk.healthmarket.solution.SolutionUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A solution's use now, from the adoptions in pilot, implementation or operation; a national one is use in every region. */
@ApplicationScoped
public class AdoptionsInUse implements SolutionUse {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Override
    public Map<Long, InUse> of(Collection<Long> solutionIds) {
        if (solutionIds.isEmpty()) {
            return Map.of();
        }
        List<String> everyRegion = organisations.regions().stream().map(Region::code).toList();
        List<AdoptionStage> used = Arrays.stream(AdoptionStage.values()).filter(AdoptionStage::used).toList();
        List<Object[]> rows = em.createQuery("select a.solution.id, a.regionCode, count(a) from Adoption a "
                + "where a.solution.id in :solutions and a.stage in :used group by a.solution.id, a.regionCode", Object[].class)
                .setParameter("solutions", List.copyOf(solutionIds)).setParameter("used", used).getResultList();
        Map<Long, TreeSet<String>> regions = new HashMap<>();
        Map<Long, Long> users = new HashMap<>();
        for (Object[] row : rows) {
            long solution = ((Number) row[0]).longValue();
            regions.computeIfAbsent(solution, s -> new TreeSet<>()).addAll(row[1] == null ? everyRegion : List.of((String) row[1]));
            users.merge(solution, ((Number) row[2]).longValue(), Long::sum);
        }
        Map<Long, InUse> use = new HashMap<>();
        regions.forEach((solution, codes) -> use.put(solution, new InUse(List.copyOf(codes), users.get(solution))));
        return use;
    }
}
