package dk.healthmarket.search;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Full-text search for the API and the pages: every query goes through here, so what a caller
 * finds is decided in one place. The public finds approved solutions and published tenders; an
 * organisation also finds its own drafts; reviewers find everything. Sealed bids are never indexed.
 */
@ApplicationScoped
public class SearchService {

    public static final int MAX_SUGGESTIONS = 10;

    /** The facet dimensions a search may narrow by: solutions' first, then tenders'. */
    public static final List<String> FACETS = List.of("category", "condition", "segment", "setting", "mdrClass", "evidenceLevel", "company",
            "adoptedIn", "reviewStatus", "status", "procedure", "cpvDivision", "region", "buyer");

    @Inject
    LiveIndex live;

    @Inject
    SearchIndexing indexing;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Whether a search may be answered as the current index answered it before. */
    public enum Freshness {
        /** The answer the index gave before to the same search, or a new one. */
        KNOWN_OR_NEW,
        /** A new answer, as a client asks with HTTP's {@code Cache-Control: no-cache}; it is kept for the next search. */
        NEW
    }

    /** A search as the caller may see it; a query the parser cannot read is refused on the {@code q} field. */
    public SearchResult search(String text, Optional<IndexedType> type, Map<String, Set<String>> filters, Set<DeadlineRange> deadlines,
            SearchSort sort, int page, int size, Freshness freshness) {
        var query = new SearchQuery(text, type, filters, deadlines, sort, page, size, viewer(), clock.instant());
        try {
            return freshness == Freshness.NEW ? index().searchAfresh(query) : index().search(query);
        } catch (SearchSyntaxException e) {
            throw new InvalidInputException(List.of(new FieldError("q", Text.of("search.syntax", e.getMessage()))));
        }
    }

    public List<String> suggest(String typed, int limit) {
        return index().suggest(typed == null ? "" : typed, viewer(), Math.min(Math.max(limit, 1), MAX_SUGGESTIONS));
    }

    /** Solutions like this one that the caller may see. */
    public List<SearchResult.Hit> similar(long solutionId, int limit) {
        return index().similar(IndexedType.SOLUTION, String.valueOf(solutionId), viewer(), Math.min(Math.max(limit, 1), MAX_SUGGESTIONS));
    }

    /** Starts a rebuild beside the live index (administrators); refused while one is running. */
    @Transactional
    public SearchIndexing.Status rebuild() {
        caller.requireAnyRole(Role.ADMIN);
        if (!indexing.rebuild()) {
            throw new ConflictException(Text.of("search.rebuilding"));
        }
        audit.record("search.rebuildStarted", "SearchIndex", "live", null);
        return indexing.status();
    }

    public SearchIndexing.Status status() {
        return indexing.status();
    }

    private SearchIndex index() {
        return live.current().orElseThrow(() -> new IllegalStateException("the search index is not open yet"));
    }

    private Viewer viewer() {
        if (caller.email().isEmpty()) {
            return Viewer.ANONYMOUS;
        }
        return Viewer.of(accounts.current().organisation().id(), caller.hasRole(Role.REVIEWER));
    }
}
