package dk.healthmarket.web.api.document;

import dk.healthmarket.document.Document;
import dk.healthmarket.document.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A document as a download, for whoever the owning service has let read it: always as an
 * attachment, with the type its content was recognised as and its SHA-256 as the entity tag.
 */
@ApplicationScoped
public class Downloads {

    @Inject
    DocumentRepository documents;

    public Response of(Document document) {
        // opened before the response starts, so a missing file is an error response, not a broken download
        InputStream content = documents.content(document);
        StreamingOutput body = out -> {
            try (content) {
                content.transferTo(out);
            }
        };
        String ascii = document.fileName().replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, document.type().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Content-Length", document.size())
                .header("X-Content-Type-Options", "nosniff")
                .tag(new EntityTag(document.sha256()))
                .build();
    }
}
