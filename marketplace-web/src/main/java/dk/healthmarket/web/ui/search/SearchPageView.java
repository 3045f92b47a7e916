package dk.healthmarket.web.ui.search;

import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.organisation.Region;
import dk.healthmarket.search.DeadlineRange;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchResult;
import dk.healthmarket.search.SearchService;
import dk.healthmarket.search.SearchSort;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The search page. Everything it shows is in its address (query, kind, facet choices, order,
 * page), so a search can be bookmarked and shared, and the facet checkboxes are a plain GET form.
 */
@Named
@RequestScoped
public class SearchPageView {

    static final int PAGE_SIZE = 10;
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("category", "category."), Map.entry("condition", "condition."),
            Map.entry("segment", "segment."), Map.entry("setting", "setting."), Map.entry("mdrClass", "mdr."),
            Map.entry("evidenceLevel", "evidence."), Map.entry("reviewStatus", "solutionStatus."), Map.entry("status", "tenderStatus."),
            Map.entry("procedure", "procedure."), Map.entry("deadline", "deadline."), Map.entry("cpvDivision", "CPV "));

    /** Facets whose values are region codes, shown by the region's name. */
    private static final Set<String> REGION_DIMENSIONS = Set.of("region", "adoptedIn");

    /** One facet value as a checkbox: its value, label, count and whether it is chosen. */
    public record Choice(String dimension, String value, String label, long count, boolean chosen) {
    }

    /** One facet dimension with its choices. */
    public record Facet(String dimension, String title, List<Choice> choices) {
    }

    @Inject
    SearchService search;

    @Inject
    OrganisationService organisations;

    private SearchResult result;
    private Map<String, String> regionNames;
    private String problem;
    private final Map<String, List<String>> parameters = new LinkedHashMap<>();

    /** Runs the search the address describes; a query that cannot be read is explained on the page. */
    public void load() {
        Map<String, String[]> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        request.forEach((name, values) -> parameters.put(name, Arrays.stream(values).filter(v -> !v.isBlank()).toList()));
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        SearchService.FACETS.forEach(f -> values(f).ifPresent(v -> filters.put(f, Set.copyOf(v))));
        Set<DeadlineRange> deadlines = values("deadline").orElse(List.of()).stream().map(d -> enumValue(DeadlineRange.class, d, null))
                .filter(d -> d != null).collect(Collectors.toSet());
        try {
            result = search.search(getQ(), enumValue(IndexedType.class, "type"), filters, deadlines,
                    enumValue(SearchSort.class, "sort").orElse(SearchSort.RELEVANCE), getPage(), PAGE_SIZE, SearchService.Freshness.KNOWN_OR_NEW);
        } catch (InvalidInputException unreadable) {
            problem = unreadable.errors().get(0).text().in(UiErrors.locale(FacesContext.getCurrentInstance()));
        } catch (RuntimeException failed) {
            UiErrors.show(failed, Map.of());
        }
    }

    /** Why the query could not be read, in the visitor's language; null when it could. */
    public String getProblem() {
        return problem;
    }

    public String getQ() {
        return first("q").orElse("");
    }

    public String getType() {
        return first("type").orElse("");
    }

    public String getSort() {
        return first("sort").orElse("RELEVANCE");
    }

    public int getPage() {
        try {
            return Math.max(1, Math.min(100, Integer.parseInt(first("page").orElse("1"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public SearchResult getResult() {
        return result;
    }

    public int getPages() {
        return result == null ? 0 : (int) Math.min(100, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The numbers of the result pages, when there is more than one. */
    public List<Integer> getPageNumbers() {
        return getPages() < 2 ? List.of() : java.util.stream.IntStream.rangeClosed(1, getPages()).boxed().toList();
    }

    /** The facet panels, always in the order of {@link SearchService#FACETS} and the deadline last: a choice never moves its panel. */
    public List<Facet> getFacets() {
        if (result == null) {
            return List.of();
        }
        return result.facets().entrySet().stream().filter(e -> !e.getValue().isEmpty()).sorted(Comparator.comparingInt(e -> panelOrder(e.getKey())))
                .map(e -> facet(e.getKey(), e.getValue())).toList();
    }

    private static int panelOrder(String dimension) {
        int at = SearchService.FACETS.indexOf(dimension);
        return at < 0 ? SearchService.FACETS.size() : at;
    }

    private Facet facet(String dimension, List<SearchResult.FacetCount> counts) {
        return new Facet(dimension, text("facet." + dimension).orElse(dimension), counts.stream().map(c -> new Choice(dimension, c.value(),
                label(dimension, c.value()), c.count(), values(dimension).orElse(List.of()).contains(c.value()))).toList());
    }

    /** Hidden inputs for the facet form: every parameter but the facets, which are its checkboxes, and the page, which restarts. */
    public List<Map.Entry<String, String>> getCarried() {
        List<Map.Entry<String, String>> carried = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (Set.of("q", "type", "sort").contains(name)) {
                values.forEach(v -> carried.add(Map.entry(name, v)));
            }
        });
        return carried;
    }

    /** The address of another page of the same search. */
    public String pageUrl(int page) {
        StringBuilder url = new StringBuilder("?");
        parameters.forEach((name, values) -> {
            if (!name.equals("page")) {
                values.forEach(v -> url.append(encode(name)).append('=').append(encode(v)).append('&'));
            }
        });
        return url.append("page=").append(page).toString();
    }

    public String searchUrl(String q) {
        return "?q=" + encode(q);
    }

    public String hitUrl(SearchResult.Hit hit) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + (hit.type() == IndexedType.TENDER ? "/tenders/tender.xhtml?id=" : "/solutions/solution.xhtml?id=") + hit.id();
    }

    public String label(String dimension, String value) {
        if (REGION_DIMENSIONS.contains(dimension)) {
            if (regionNames == null) {
                regionNames = organisations.regions().stream().collect(Collectors.toMap(Region::code, Region::name));
            }
            return regionNames.getOrDefault(value, value);
        }
        String prefix = LABELS.get(dimension);
        if (prefix == null) {
            return value;
        }
        return prefix.endsWith(".") ? text(prefix + value).orElse(value) : prefix + value;
    }

    private Optional<List<String>> values(String name) {
        return Optional.ofNullable(parameters.get(name)).filter(v -> !v.isEmpty());
    }

    private Optional<String> first(String name) {
        return values(name).map(v -> v.get(0));
    }

    private <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String parameter) {
        return first(parameter).map(v -> enumValue(type, v, null));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, E otherwise) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }

    private static Optional<String> text(String key) {
        try {
            return Optional.of(UiErrors.text(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
