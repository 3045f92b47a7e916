package dk.healthmarket.web.api.document;

import dk.healthmarket.document.Document;
import java.time.Instant;

/** A document's description: what to call it, what it is, how big, and the SHA-256 to check a download against. */
public record DocumentView(long id, String fileName, String mediaType, long size, String sha256, Instant uploadedAt) {

    public static DocumentView of(Document d) {
        return new DocumentView(d.id(), d.fileName(), d.type().mediaType(), d.size(), d.sha256(), d.uploadedAt());
    }
}
