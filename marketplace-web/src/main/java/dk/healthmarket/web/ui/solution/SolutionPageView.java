package dk.healthmarket.web.ui.solution;

import dk.healthmarket.search.SearchResult;
import dk.healthmarket.search.SearchService;
import dk.healthmarket.solution.SolutionService;
import dk.healthmarket.web.api.solution.SolutionView;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/** One solution's public page: its approved revision and the documentation behind it. */
@Named
@ViewScoped
public class SolutionPageView implements Serializable {

    @Inject
    SolutionService solutions;

    @Inject
    Clock clock;

    @Inject
    AttachmentDownloads downloads;

    @Inject
    SearchService search;

    private Long id;
    private SolutionView.Revision revision;
    private SolutionView solution;
    private List<DocumentationSections.Section> sections = List.of();
    private List<SearchResult.Hit> similar = List.of();

    /** Reads the solution, its sections and the similar ones once; the page shows them from here. */
    public void load() {
        revision = null;
        if (id == null) {
            return;
        }
        UiErrors.attempt(() -> {
            solution = SolutionView.of(solutions.get(id), clock.instant());
            revision = solution.approved() != null ? solution.approved() : solution.working();
            sections = DocumentationSections.of(revision, solutions.today());
            similar = similar();
        }, Map.of());
    }

    /** Solutions like this one, from the search index; none when the index cannot answer, which must not take the page down. */
    private List<SearchResult.Hit> similar() {
        try {
            return search.similar(id, 5);
        } catch (RuntimeException indexNotReady) {
            return List.of();
        }
    }

    public List<SearchResult.Hit> getSimilar() {
        return similar;
    }

    public List<DocumentationSections.Section> getSections() {
        return sections;
    }

    public StreamedContent download(long attachmentId) {
        return downloads.of(id, attachmentId);
    }

    public SolutionView getSolution() {
        return solution;
    }

    public SolutionView.Revision getRevision() {
        return revision;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
