package dk.healthmarket.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of one version of the index, numbered across its segments: each segment's
 * values as held, how a segment's numbers map to the version's, and each dimension's span of
 * numbers. Values are numbered in the order of dimension, then value, so a dimension's values are
 * one span, in the order of their names.
 */
final class FacetValues {

    /** Where the values of a segment are read from: held once per segment, whichever version it is in. */
    interface Held {
        SegmentFacets of(LeafReader segment) throws IOException;
    }

    /** The version's numbers of one dimension's values, from inclusive, to exclusive. */
    record Span(int from, int to) {

        static final Span NONE = new Span(0, 0);

        int size() {
            return to - from;
        }
    }

    private final SegmentFacets[] segments;
    private final int[][] inVersion;
    private final String[] values;
    private final Map<String, Span> dimensions;

    private FacetValues(SegmentFacets[] segments, int[][] inVersion, String[] values, Map<String, Span> dimensions) {
        this.segments = segments;
        this.inVersion = inVersion;
        this.values = values;
        this.dimensions = dimensions;
    }

    static FacetValues of(IndexReader reader, String field, Held held) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SegmentFacets[] segments = new SegmentFacets[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            segments[leaf.ord] = held.of(leaf.reader());
        }
        SortedSetDocValues all = MultiDocValues.getSortedSetValues(reader, field);
        int count = all == null ? 0 : Math.toIntExact(all.getValueCount());
        String[] values = new String[count];
        Map<String, Span> dimensions = new TreeMap<>();
        for (int ordinal = 0; ordinal < count; ordinal++) {
            String[] path = FacetsConfig.stringToPath(all.lookupOrd(ordinal).utf8ToString());
            values[ordinal] = path[path.length - 1];
            Span before = dimensions.get(path[0]);
            dimensions.put(path[0], new Span(before == null ? ordinal : before.from(), ordinal + 1));
        }
        return new FacetValues(segments, inVersion(leaves, field, all), values, dimensions);
    }

    /** Per segment, the version's number of each of its values; in a version of one segment, the numbers are the segment's own. */
    private static int[][] inVersion(List<LeafReaderContext> leaves, String field, SortedSetDocValues all) throws IOException {
        int[][] inVersion = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            int count = Math.toIntExact(DocValues.getSortedSet(leaf.reader(), field).getValueCount());
            LongValues global = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping.getGlobalOrds(leaf.ord) : LongValues.IDENTITY;
            int[] numbers = new int[count];
            for (int ordinal = 0; ordinal < count; ordinal++) {
                numbers[ordinal] = Math.toIntExact(global.get(ordinal));
            }
            inVersion[leaf.ord] = numbers;
        }
        return inVersion;
    }

    SegmentFacets segment(int leaf) {
        return segments[leaf];
    }

    int[] inVersion(int leaf) {
        return inVersion[leaf];
    }

    /** Whether the segments number their values as the version does: there is only one. */
    boolean numberedAsVersion() {
        return segments.length == 1;
    }

    /** Every value of every dimension. */
    Span all() {
        return new Span(0, values.length);
    }

    /** The dimension's values; none if no document has one. */
    Span span(String dimension) {
        return dimensions.getOrDefault(dimension, Span.NONE);
    }

    /** The dimensions with values, by name. */
    Iterable<String> dimensions() {
        return dimensions.keySet();
    }

    String value(int number) {
        return values[number];
    }
}
