package dk.healthmarket.tender;

import dk.healthmarket.persistence.PagedQuery;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.shared.Page;
import dk.healthmarket.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Tenders as open data (OCDS 1.1). Each public change is written as a release in the transaction
 * that makes it; a release is never edited, so a tender's history is the list of its releases.
 */
@ApplicationScoped
public class OpenData {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenderService tenders;

    @Inject
    AwardRepository awards;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /** Publishes the tender as it now stands, with the tag that says why. */
    @Transactional(Transactional.TxType.MANDATORY)
    void release(Tender tender, ReleaseTag tag) {
        long earlier = em.createQuery("select count(r) from OcdsRelease r where r.tenderId = :tender", Long.class)
                .setParameter("tender", tender.id()).getSingleResult();
        String ocid = ocid(tender.id());
        String releaseId = ocid + "-" + (earlier + 1);
        var now = clock.instant();
        String json = OcdsMapping.release(ocid, releaseId, tag, now, tender, awards.ofTender(tender.id())).toString();
        em.persist(new OcdsRelease(tender.id(), releaseId, tag, now, json));
    }

    /** Every release of one public tender, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OcdsRelease> ofTender(long tenderId) {
        tenders.get(tenderId);
        return em.createQuery("select r from OcdsRelease r where r.tenderId = :tender order by r.id", OcdsRelease.class)
                .setParameter("tender", tenderId).getResultList();
    }

    /** Every release of every tender, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OcdsRelease> all(@NotNull PageRequest page) {
        return PagedQuery.of(em, OcdsRelease.class, "r").page("r.id", page);
    }

    /** A release package around releases; OCDS wants at least one, so none is a 404. */
    public JsonObject releasePackage(URI uri, List<OcdsRelease> releases) {
        if (releases.isEmpty()) {
            throw new NotFoundException("Release", uri.getPath());
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (OcdsRelease release : releases) {
            try (var reader = Json.createReader(new StringReader(release.json()))) {
                array.add(reader.readObject());
            }
        }
        return Json.createObjectBuilder()
                .add("uri", uri.toString())
                .add("version", "1.1")
                .add("extensions", Json.createArrayBuilder().add(OcdsMapping.LOTS_EXTENSION))
                .add("publishedDate", clock.instant().toString())
                .add("publisher", Json.createObjectBuilder().add("name",
                        config.getOptionalValue("marketplace.ocds.publisher", String.class).orElse("Health Innovation Marketplace")))
                .add("releases", array)
                .build();
    }

    /**
     * The open contracting id. {@code ocds-} and six characters come from the OCDS prefix register;
     * set {@code marketplace.ocds.prefix} to the one registered for the marketplace before publishing for real.
     */
    public String ocid(long tenderId) {
        return config.getOptionalValue("marketplace.ocds.prefix", String.class).orElse("ocds-dkhm01") + "-" + tenderId;
    }
}
