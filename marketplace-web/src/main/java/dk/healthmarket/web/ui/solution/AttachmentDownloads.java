package dk.healthmarket.web.ui.solution;

import dk.healthmarket.document.DocumentRepository;
import dk.healthmarket.solution.SolutionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** An attachment as a download on a page, for whoever the service lets read its revision. */
@ApplicationScoped
public class AttachmentDownloads {

    @Inject
    SolutionService solutions;

    @Inject
    DocumentRepository documents;

    public StreamedContent of(long solutionId, long attachmentId) {
        var document = solutions.attachment(solutionId, attachmentId).document();
        return DefaultStreamedContent.builder().name(document.fileName()).contentType(document.type().mediaType())
                .stream(() -> documents.content(document)).build();
    }
}
