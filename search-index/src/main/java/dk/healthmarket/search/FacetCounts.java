package dk.healthmarket.search;

import dk.healthmarket.search.FacetValues.Span;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.taxonomy.TaxonomyReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * A search's total and counts, in one pass over its matches, which can rank them too: each
 * dimension, the deadline ranges among them, counted over the matches of every choice but its
 * own, so that its other values stay choosable (Lucene's drill sideways, which visits each match
 * once for all dimensions). Counted from the values each segment holds in plain arrays.
 */
final class FacetCounts {

    /**
     * What a search found: how many documents, and its facet values' counts, dimensions by name,
     * values most frequent first, then by name; dimensions and ranges without any are left out.
     */
    record Counted(long total, Map<String, List<SearchResult.FacetCount>> facets, List<SearchResult.FacetCount> deadlines) {
    }

    /** What ranked a search's matches gave, and what counting them found. */
    record Ranked<T>(T ranked, Counted counted) {
    }

    /** A search narrowed to its choices, and the dimensions chosen, in the order they were added to the query. */
    record Choices(DrillDownQuery query, List<String> dimensions) {

        Choices {
            dimensions = List.copyOf(dimensions);
        }
    }

    private FacetCounts() {
    }

    /** The counts of a search narrowed to its choices, up to {@code most} values per dimension; deadline ranges from {@code now}. */
    static Counted count(IndexSearcher searcher, FacetsConfig config, Choices choices, FacetValues values, Instant now, int most)
            throws IOException {
        DrillSideways.Result<Tally, Tally> counted = drillSideways(searcher, config, choices, values, now, new Counting(values, values.all(), now));
        return counted(values, choices.dimensions(), counted.drillDownResult(), counted.drillSidewaysResults(), most);
    }

    /** The same counts, and {@code ranking}'s ranking of the matches, in one pass over them. */
    @SuppressWarnings("unchecked")
    static <T> Ranked<T> countAndRank(IndexSearcher searcher, FacetsConfig config, Choices choices, FacetValues values, Instant now, int most,
            CollectorManager<?, T> ranking) throws IOException {
        DrillSideways.Result<Object[], Tally> counted = drillSideways(searcher, config, choices, values, now,
                new MultiCollectorManager(ranking, new Counting(values, values.all(), now)));
        Object[] drillDown = counted.drillDownResult();
        return new Ranked<>((T) drillDown[0], counted(values, choices.dimensions(), (Tally) drillDown[1], counted.drillSidewaysResults(), most));
    }

    /** The search, its matches collected by {@code drillDown}, each chosen dimension counted over the matches of the other choices. */
    private static <T> DrillSideways.Result<T, Tally> drillSideways(IndexSearcher searcher, FacetsConfig config, Choices choices, FacetValues values,
            Instant now, CollectorManager<?, T> drillDown) throws IOException {
        List<Counting> sideways = choices.dimensions().stream().map(dimension -> dimension.equals(SearchQuery.DEADLINE)
                ? new Counting(values, Span.NONE, now) : new Counting(values, values.span(dimension), null)).toList();
        return new DrillSideways(searcher, config, (TaxonomyReader) null).search(choices.query(), drillDown, sideways);
    }

    private static Counted counted(FacetValues values, List<String> chosen, Tally all, List<Tally> sideways, int most) {
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : values.dimensions()) {
            List<SearchResult.FacetCount> top = tallyOf(dimension, chosen, all, sideways).most(values.span(dimension), most);
            if (!top.isEmpty()) {
                facets.put(dimension, top);
            }
        }
        return new Counted(all.hits, facets, tallyOf(SearchQuery.DEADLINE, chosen, all, sideways).deadlines());
    }

    /** A chosen dimension is counted without its own choice; every other over all the search found. */
    private static Tally tallyOf(String dimension, List<String> chosen, Tally all, List<Tally> sideways) {
        int at = chosen.indexOf(dimension);
        return at < 0 ? all : sideways.get(at);
    }

    /** What one pass counts: the values in a span, and the deadline ranges from a moment unless it is null. */
    private record Counting(FacetValues values, Span span, Instant deadlinesFrom) implements CollectorManager<Tally, Tally> {

        @Override
        public Tally newCollector() {
            return new Tally(values, span, deadlinesFrom);
        }

        @Override
        public Tally reduce(Collection<Tally> tallies) {
            Tally sum = newCollector();
            tallies.forEach(sum::add);
            return sum;
        }
    }

    /** Counts, among the documents a pass collects, each value in a span, each deadline range, and the documents. */
    private static final class Tally extends SimpleCollector {

        private static final DeadlineRange[] RANGES = DeadlineRange.values();

        private final FacetValues values;
        private final Span span;
        private final int[] counts;
        private final long[] rangeFrom;
        private final long[] rangeTo;
        private final long[] inRange;
        private long hits;
        private int[] starts;
        private int[] ordinals;
        private int[] inVersion;
        private long[] deadlines;
        private boolean identity;
        private int first;
        private int last;

        Tally(FacetValues values, Span span, Instant deadlinesFrom) {
            this.values = values;
            this.span = span;
            this.counts = new int[span.size()];
            int ranges = deadlinesFrom == null ? 0 : RANGES.length;
            this.rangeFrom = new long[ranges];
            this.rangeTo = new long[ranges];
            this.inRange = new long[ranges];
            for (int i = 0; i < ranges; i++) {
                rangeFrom[i] = RANGES[i].from(deadlinesFrom);
                rangeTo[i] = RANGES[i].to(deadlinesFrom);
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext segment) {
            SegmentFacets held = values.segment(segment.ord);
            starts = held.starts();
            ordinals = held.ordinals();
            deadlines = held.deadlines();
            inVersion = values.inVersion(segment.ord);
            identity = values.numberedAsVersion();
            first = firstAtLeast(inVersion, span.from());
            last = firstAtLeast(inVersion, span.to());
        }

        /** The first of the segment's values numbered at least so in the version: both numberings keep the order of the names. */
        private static int firstAtLeast(int[] inVersion, int number) {
            int at = Arrays.binarySearch(inVersion, number);
            return at < 0 ? -at - 1 : at;
        }

        @Override
        public void collect(int doc) {
            hits++;
            int[] ordinals = this.ordinals;
            int from = span.from();
            // a document's values come in the order of their numbers: those before the span are skipped, those after it end the count
            for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                int value = ordinals[i];
                if (value >= last) {
                    break;
                }
                if (value >= first) {
                    counts[(identity ? value : inVersion[value]) - from]++;
                }
            }
            if (inRange.length > 0 && deadlines[doc] != Long.MAX_VALUE) {
                countDeadline(deadlines[doc]);
            }
        }

        private void countDeadline(long deadline) {
            for (int i = 0; i < inRange.length; i++) {
                if (deadline >= rangeFrom[i] && deadline <= rangeTo[i]) {
                    inRange[i]++;
                    return;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        void add(Tally other) {
            hits += other.hits;
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            for (int i = 0; i < inRange.length; i++) {
                inRange[i] += other.inRange[i];
            }
        }

        /** The dimension's values counted here, up to {@code most}, most frequent first; of equal counts, the first by name. */
        List<SearchResult.FacetCount> most(Span dimension, int most) {
            int first = Math.max(0, dimension.from() - span.from());
            int last = Math.min(counts.length, dimension.to() - span.from());
            int[] best = new int[most];
            int size = 0;
            for (int at = first; at < last; at++) {
                int count = counts[at];
                if (count == 0 || size == most && count <= counts[best[most - 1]]) {
                    continue;
                }
                int place = size < most ? size++ : most - 1;
                for (; place > 0 && counts[best[place - 1]] < count; place--) {
                    best[place] = best[place - 1];
                }
                best[place] = at;
            }
            List<SearchResult.FacetCount> top = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                top.add(new SearchResult.FacetCount(values.value(span.from() + best[i]), counts[best[i]]));
            }
            return top;
        }

        /** The ranges with deadlines counted here, soonest passed first. */
        List<SearchResult.FacetCount> deadlines() {
            List<SearchResult.FacetCount> ranges = new ArrayList<>();
            for (int i = 0; i < inRange.length; i++) {
                if (inRange[i] > 0) {
                    ranges.add(new SearchResult.FacetCount(RANGES[i].name(), inRange[i]));
                }
            }
            return ranges;
        }
    }
}
