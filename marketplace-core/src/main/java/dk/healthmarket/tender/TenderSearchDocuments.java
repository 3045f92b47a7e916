package dk.healthmarket.tender;

import dk.healthmarket.search.Audience;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchDocument;
import dk.healthmarket.search.SearchDocumentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tenders as search documents: public once published, a draft found by its lead buyer's
 * organisation and reviewers. Only what the public notice says is indexed; bids never are.
 */
@ApplicationScoped
public class TenderSearchDocuments implements SearchDocumentSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public IndexedType type() {
        return IndexedType.TENDER;
    }

    /** One document per tender, whatever its status. */
    @Override
    public long count() {
        return em.createQuery("select count(t) from Tender t", Long.class).getSingleResult();
    }

    @Override
    public List<String> ids(String after, int limit) {
        return em.createQuery("select t.id from Tender t where t.id > :after order by t.id", Long.class)
                .setParameter("after", after == null ? 0L : Long.parseLong(after)).setMaxResults(limit).getResultList()
                .stream().map(String::valueOf).toList();
    }

    @Override
    public List<SearchDocument> documents(List<String> ids) {
        List<Long> keys = ids.stream().map(Long::valueOf).toList();
        var query = em.createQuery("select t from Tender t where t.id in :ids", Tender.class).setParameter("ids", keys);
        // one query per relationship for the whole batch, not one per tender (EclipseLink's batch fetching)
        query.setHint("eclipselink.batch.type", "IN");
        // only read: nothing is registered for change tracking, so the transaction has nothing to compare when it ends
        query.setHint("eclipselink.read-only", "true");
        for (String path : List.of("t.leadBuyer", "t.participants", "t.participants.organisation", "t.cpvCodes", "t.lots", "t.criteria",
                "t.amendments", "t.categories", "t.populationSegments", "t.documents")) {
            query.setHint("eclipselink.batch", path);
        }
        return query.getResultList().stream().map(TenderSearchDocuments::document).toList();
    }

    private static SearchDocument document(Tender t) {
        Set<Audience> audience = t.status() == TenderStatus.DRAFT
                ? Set.of(Audience.organisation(t.leadBuyer().id()), Audience.REVIEWERS) : Set.of(Audience.PUBLIC);
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("status", List.of(t.status().name()));
        facets.put("procedure", List.of(t.procedure().name()));
        facets.put("cpvDivision", List.of(t.mainCpv().substring(0, 2)));
        t.leadBuyer().region().ifPresent(r -> facets.put("region", List.of(r.code())));
        facets.put("category", t.categories().stream().map(Enum::name).toList());
        facets.put("segment", t.populationSegments().stream().map(Enum::name).toList());
        facets.put("buyer", List.of(t.leadBuyer().name()));
        facets.values().removeIf(List::isEmpty);
        List<String> text = new ArrayList<>(List.of(t.description(), t.leadBuyer().name()));
        t.lots().forEach(lot -> text.add(lot.title() + " " + (lot.description() == null ? "" : lot.description())));
        t.participants().forEach(p -> text.add(p.organisation().name()));
        String cpv = CpvCode.title(t.mainCpv()).orElse("");
        return new SearchDocument("tender:" + t.id(), IndexedType.TENDER, String.valueOf(t.id()), t.title(), cpv,
                text.stream().collect(Collectors.joining("\n")), facets, audience, Set.of(), t.publishedAt().orElse(t.createdAt()),
                t.deadlines().submission(), 0);
    }
}
