package dk.healthmarket.search;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet of each hit on a page: its best passage of the stored text, the matches marked,
 * read from the offsets the index keeps. Lucene's highlighter prepares the query anew for every
 * hit (a searcher of its own, every term's statistics gathered again), a fifth of what a search
 * of the benchmark's mix allocates; here the query is prepared once per page, the same snippets.
 */
final class Snippets extends UnifiedHighlighter {

    private static final PassageScorer PASSAGES = new PassageScore();
    private static final DefaultPassageFormatter MARKED = new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);

    private Snippets(Builder builder) {
        super(builder);
    }

    /** One snippet per hit of the page, in its order; {@code null} where the text holds no match. */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, String field, Query query, ScoreDoc[] page) throws IOException {
        Builder builder = UnifiedHighlighter.builder(searcher, analyzer).withScorer(PASSAGES).withFormatter(MARKED);
        return new Snippets(builder).highlight(field, query, new TopDocs(null, page), 1);
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        if (source != OffsetSource.POSTINGS || !components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
            return super.getOffsetStrategy(source, components);
        }
        return new MatchedOnce(components, searcher);
    }

    /** The matches of each hit from one weight of the query, made for the whole index at the first hit. */
    private static final class MatchedOnce extends PostingsOffsetStrategy {

        private final IndexSearcher searcher;
        private final Map<LeafReader, LeafReaderContext> segments = new IdentityHashMap<>();
        private Weight weight;

        MatchedOnce(UHComponents components, IndexSearcher searcher) {
            super(components);
            this.searcher = searcher;
            searcher.getIndexReader().leaves().forEach(leaf -> segments.put(leaf.reader(), leaf));
        }

        @Override
        protected void createOffsetsEnumsWeightMatcher(LeafReader segment, int doc, List<OffsetsEnum> results) throws IOException {
            LeafReaderContext context = segments.get(segment);
            if (context == null) {
                throw new IllegalStateException("a segment the searcher does not hold: " + segment);
            }
            Matches matches = weight().matches(context, doc);
            if (matches == null) {
                return;
            }
            for (String field : matches) {
                MatchesIterator found = components.getFieldMatcher().test(field) ? matches.getMatches(field) : null;
                if (found != null) {
                    results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(found));
                }
            }
        }

        private Weight weight() throws IOException {
            if (weight == null) {
                weight = searcher.createWeight(searcher.rewrite(components.getQuery()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
            return weight;
        }
    }
}
