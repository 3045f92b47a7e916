package dk.healthmarket.solution;

import dk.healthmarket.search.Audience;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchDocument;
import dk.healthmarket.search.SearchDocumentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Solutions as search documents. The approved revision is public. A working revision that is not
 * the approved one is found by its company, and by reviewers once submitted; they then find it
 * instead of the approved one.
 */
@ApplicationScoped
public class SolutionSearchDocuments implements SearchDocumentSource {

    /**
     * The relationships read for a whole batch at once: the company, and the working and the
     * approved revision with their collections. Without the approved ones, each approved revision
     * (usually the working one) was read on its own, with five more queries for its collections.
     */
    private static final List<String> BATCHED = Stream.concat(Stream.of("s.company"), Stream.of("s.working", "s.approved")
            .flatMap(r -> Stream.of(r, r + ".categories", r + ".conditions", r + ".populationSegments", r + ".careSettings", r + ".languages",
                    r + ".attachments"))).toList();

    @PersistenceContext
    EntityManager em;

    @Inject
    SolutionUse use;

    @Override
    public IndexedType type() {
        return IndexedType.SOLUTION;
    }

    /** One document per solution, and a second for each whose working revision is newer than its approved one. */
    @Override
    public long count() {
        return em.createQuery("select count(s) from Solution s", Long.class).getSingleResult()
                + em.createQuery("select count(s) from Solution s where s.approved is not null and s.approved <> s.working", Long.class).getSingleResult();
    }

    @Override
    public List<String> ids(String after, int limit) {
        return em.createQuery("select s.id from Solution s where s.id > :after order by s.id", Long.class)
                .setParameter("after", after == null ? 0L : Long.parseLong(after)).setMaxResults(limit).getResultList()
                .stream().map(String::valueOf).toList();
    }

    @Override
    public List<SearchDocument> documents(List<String> ids) {
        List<Long> keys = ids.stream().map(Long::valueOf).toList();
        var query = em.createQuery("select s from Solution s where s.id in :ids", Solution.class).setParameter("ids", keys);
        // one query per relationship for the whole batch, not one per solution (EclipseLink's batch fetching)
        query.setHint("eclipselink.batch.type", "IN");
        // only read: nothing is registered for change tracking, so the transaction has nothing to compare when it ends
        query.setHint("eclipselink.read-only", "true");
        for (String path : BATCHED) {
            query.setHint("eclipselink.batch", path);
        }
        Map<Long, SolutionUse.InUse> inUse = use.of(keys);
        return query.getResultList().stream().flatMap(s -> documents(s, inUse.getOrDefault(s.id(), SolutionUse.InUse.NONE))).toList();
    }

    static Stream<SearchDocument> documents(Solution s, SolutionUse.InUse inUse) {
        SolutionRevision working = s.working();
        SolutionRevision approved = s.approved().orElse(null);
        Audience company = Audience.organisation(s.company().id());
        Set<Audience> workingAudience = working.status() == SolutionStatus.DRAFT ? Set.of(company) : Set.of(company, Audience.REVIEWERS);
        List<SearchDocument> documents = new ArrayList<>();
        if (approved != null) {
            boolean newer = !approved.id().equals(working.id());
            documents.add(document(s, approved, inUse, "solution:" + s.id(), Set.of(Audience.PUBLIC), newer ? workingAudience : Set.of()));
            if (newer) {
                documents.add(document(s, working, inUse, "solution:" + s.id() + ":working", workingAudience, Set.of()));
            }
        } else {
            documents.add(document(s, working, inUse, "solution:" + s.id() + ":working", workingAudience, Set.of()));
        }
        return documents.stream();
    }

    private static SearchDocument document(Solution s, SolutionRevision r, SolutionUse.InUse inUse, String key, Set<Audience> visibleTo,
            Set<Audience> hiddenFrom) {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("category", names(r.categories()));
        facets.put("condition", names(r.conditions()));
        facets.put("segment", names(r.populationSegments()));
        facets.put("setting", names(r.careSettings()));
        facets.put("company", List.of(s.company().name()));
        facets.put("reviewStatus", List.of(r.status().name()));
        if (r.documentation().regulatory() != null && r.documentation().regulatory().mdrClass() != null) {
            facets.put("mdrClass", List.of(r.documentation().regulatory().mdrClass().name()));
        }
        if (r.documentation().evidence() != null && r.documentation().evidence().level() != null) {
            facets.put("evidenceLevel", List.of(r.documentation().evidence().level().name()));
        }
        facets.put("adoptedIn", inUse.regions());
        facets.values().removeIf(List::isEmpty);
        return new SearchDocument(key, IndexedType.SOLUTION, String.valueOf(s.id()), r.name(), r.summary(), text(r), facets,
                visibleTo, hiddenFrom, r.decidedAt().or(r::submittedAt).orElse(r.createdAt()), null, inUse.organisations());
    }

    /**
     * The words a solution is found by: its description, what its documentation says in prose, and
     * its classification in words ("heart failure", "remote patient monitoring"), which the
     * synonyms carry over to Danish.
     */
    private static String text(SolutionRevision r) {
        Documentation d = r.documentation();
        List<String> parts = new ArrayList<>(List.of(r.description()));
        Stream.of(r.categories(), r.conditions(), r.careSettings()).flatMap(Collection::stream)
                .map(e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).forEach(parts::add);
        r.customerReferences().ifPresent(parts::add);
        if (d.evidence() != null) {
            d.evidence().studies().forEach(study -> parts.add(study.population() + " " + study.mainResult()));
            parts.add(d.evidence().transferability());
        }
        if (d.safety() != null) {
            parts.add(d.safety().hazardLogSummary());
        }
        if (d.labourSaving() != null) {
            d.labourSaving().figures().forEach(f -> parts.add(f.evidence()));
        }
        return parts.stream().filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return new ArrayList<>(new HashSet<>(values.stream().map(Enum::name).toList()));
    }
}
