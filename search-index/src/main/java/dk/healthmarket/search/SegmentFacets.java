package dk.healthmarket.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

/**
 * The facet values and deadline of every document of one segment, read once from the doc values
 * into plain arrays. A search counts the values of every hit; read through the compressed doc
 * values, that reading was three fifths of the counting. A segment never changes, so neither do
 * these: a few bytes per document, shared by every version of the index the segment is in.
 *
 * @param starts    where each document's values begin in {@code ordinals}; the next document's start is where they end
 * @param ordinals  the segment's ordinals of each document's facet values, document after document
 * @param deadlines each document's deadline in epoch milliseconds; {@link Long#MAX_VALUE} where it has none
 */
record SegmentFacets(int[] starts, int[] ordinals, long[] deadlines) {

    static SegmentFacets read(LeafReader segment, String facetField) throws IOException {
        int documents = segment.maxDoc();
        int[] starts = new int[documents + 1];
        int[] ordinals = new int[documents];
        int size = 0;
        int next = 0;
        SortedSetDocValues values = DocValues.getSortedSet(segment, facetField);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (next <= doc) {
                starts[next++] = size;
            }
            int count = values.docValueCount();
            ordinals = ArrayUtil.grow(ordinals, size + count);
            for (int i = 0; i < count; i++) {
                ordinals[size++] = Math.toIntExact(values.nextOrd());
            }
        }
        while (next <= documents) {
            starts[next++] = size;
        }
        return new SegmentFacets(starts, Arrays.copyOf(ordinals, size), deadlines(segment));
    }

    private static long[] deadlines(LeafReader segment) throws IOException {
        long[] deadlines = new long[segment.maxDoc()];
        Arrays.fill(deadlines, Long.MAX_VALUE);
        NumericDocValues values = DocValues.getNumeric(segment, Fields.DEADLINE);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            deadlines[doc] = values.longValue();
        }
        return deadlines;
    }
}
