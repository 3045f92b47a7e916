package dk.healthmarket.document;

import dk.healthmarket.account.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;

/**
 * Documents: stores an upload's bytes and records it. The features that own documents decide who
 * may upload and read them; this only keeps them.
 */
@ApplicationScoped
public class DocumentRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentStore store;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Document upload(String fileName, InputStream content, UserAccount uploadedBy) {
        Document document = new Document(store.store(content), fileName, uploadedBy, clock.instant());
        em.persist(document);
        em.flush();
        return document;
    }

    public Optional<Document> find(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    public InputStream content(Document document) {
        return store.open(document.sha256());
    }
}
