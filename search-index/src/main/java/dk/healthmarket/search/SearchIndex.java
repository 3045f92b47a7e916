package dk.healthmarket.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index of solutions and tenders in one directory: documents in, searches out. It
 * remembers, in each commit, how far it has read the search outbox, so indexing resumes where
 * it stopped. Thread-safe: one writer, searchers refreshed after each commit.
 */
public final class SearchIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final String CURSOR = "outbox";
    /**
     * How the documents are written, kept with each commit. An index of another format is not
     * read (it is rebuilt from the database): format 2 marks every document the public may not
     * find, and the public's searches rely on that mark; format 3 holds both languages' readings
     * of a text in one field, which the searches read; format 4 marks where each health term of
     * the synonym list is written, so the list's fingerprint is part of the format: a changed list
     * has the index built anew.
     */
    private static final String FORMAT = "format";
    private static final String CURRENT_FORMAT = "4:" + Analysis.synonymsFingerprint();
    private static final String OBJECT = "object";
    private static final int FACET_VALUES = 30;
    /** How many of the typed words autocomplete looks at: a name is a few words, and a query has a clause per word. */
    private static final int SUGGEST_WORDS = 6;
    /** How much more a match in the name weighs than one in the rest of the text. */
    private static final float NAME_BOOST = 4f;
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    private static final Query HIDDEN_FROM_PUBLIC = new TermQuery(new Term(Fields.HIDDEN_FROM, Audience.PUBLIC.term()));
    /** The stored fields a hit shows; the stored text is read only by the highlighter. */
    private static final Set<String> HIT_FIELDS = Set.of(Fields.TYPE, Fields.ID, Fields.NAME, Fields.SUMMARY);
    /**
     * How many answers each version of the index keeps: a few megabytes. Popular searches repeat
     * (the landing page's browse-all, the common conditions), and an answer costs milliseconds to
     * compute and microseconds to reuse.
     */
    private static final int CACHED_ANSWERS = 1_000;
    /**
     * How many answers are computed at once: two per core. A search beyond them waits its turn,
     * first come, first served. Left to the scheduler, a search that lost the processor waited
     * behind all the others for several of its time slices: at eight searches at once on two
     * cores, the slowest hundredth took 24 ms where they now take 12, for 12 % fewer answers a second.
     * Over REST, one per core cut it further when every answer was computed (21 against 24 ms, for
     * 9 % fewer answers), but then the searches the cache does not answer waited longer among those
     * it does (16 against 15 ms), and with the cache is how the portal runs.
     */
    private static final int COMPUTED_AT_ONCE = 2 * Runtime.getRuntime().availableProcessors();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = new FacetsConfig();
    private final Analyzer queries = Analysis.forQueries();
    private final Analyzer phrases = Analysis.forPhrases();
    private final Analyzer indexing = Analysis.forIndexing();
    private static final Analyzer WORDS = Analysis.words();
    private volatile Version version;
    private final LongAdder reused = new LongAdder();
    private final LongAdder computed = new LongAdder();
    private final Semaphore turns = new Semaphore(COMPUTED_AT_ONCE, true);
    /** The facet values of each segment, read once, for as long as the segment is open. */
    private final Map<IndexReader.CacheKey, SegmentFacets> held = new ConcurrentHashMap<>();

    /** What is kept per version of the index, the reader: its facet values and the answers given. */
    private record Version(IndexReader reader, FacetValues facets, ResultCache answers) {
    }

    /** How the answers cache has done since the index was opened: answers held now, searches answered from it, searches computed. */
    public record CacheStats(int answers, long hits, long misses) {
    }

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        // a merged segment's values are read as it is merged, not by the first search that meets it
        this.writer = new IndexWriter(directory, new IndexWriterConfig(indexing).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setMergedSegmentWarmer(this::held));
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index in this directory, creating it if there is none. */
    public static SearchIndex open(Path path) {
        return open(path, Duration.ZERO);
    }

    /**
     * Opens the index in this directory, creating it if there is none. While another process
     * holds it, as one still shutting down does, it tries again for up to {@code patience}.
     */
    public static SearchIndex open(Path path, Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        for (boolean told = false; ; told = true) {
            try {
                return openOnce(path);
            } catch (LockObtainFailedException held) {
                if (System.nanoTime() - until > 0) {
                    throw new UncheckedIOException("the search index in " + path + " is held by another process", held);
                }
                if (!told) {
                    LOG.info(() -> "The search index in " + path + " is held by another process; waiting up to " + patience.toSeconds() + " s for it");
                }
                pause();
            } catch (IOException e) {
                throw new UncheckedIOException("the search index in " + path + " cannot be opened", e);
            }
        }
    }

    private static SearchIndex openOnce(Path path) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            return new SearchIndex(directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the search index", e);
        }
    }

    /** How far the committed index has read the outbox: the last entry it has applied. */
    public long cursor() {
        return writer.getLiveCommitData() == null ? 0 : valueOf(writer.getLiveCommitData());
    }

    private static long valueOf(Iterable<Map.Entry<String, String>> data) {
        for (Map.Entry<String, String> entry : data) {
            if (CURSOR.equals(entry.getKey())) {
                return Long.parseLong(entry.getValue());
            }
        }
        return 0;
    }

    /** Adds the document, or replaces the one with its key. */
    public void put(SearchDocument document) {
        try {
            writer.updateDocument(new Term(Fields.KEY, document.key()), build(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every version of an object. */
    public void remove(IndexedType type, String id) {
        try {
            writer.deleteDocuments(new Term(OBJECT, type + ":" + id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes so far durable and searchable, recording how far the outbox has been read. */
    public void commit(long cursor) {
        try {
            writer.setLiveCommitData(Map.of(CURSOR, String.valueOf(cursor), FORMAT, CURRENT_FORMAT).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes so far searchable, without the cost of making them durable; a crash loses them, the outbox has them still. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index into one segment, for the next commit to make durable: each search then
     * looks up its terms and counts its facets once rather than per segment. Worth it once the
     * index has been built whole, as a rebuild builds it; later changes add small segments again.
     */
    public void compact() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents the index holds. */
    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** How many documents of one kind the index holds, in all versions. */
    public long count(IndexedType type) {
        return withSearcher(searcher -> (long) searcher.count(new TermQuery(new Term(Fields.TYPE, type.name()))));
    }

    /** The answer to a search: the one this version of the index gave before, if it did, else a new one. */
    public SearchResult search(SearchQuery query) {
        return search(query, true);
    }

    /** The answer to a search computed anew, as when a client asks that no stored answer be used; it is kept for the next search. */
    public SearchResult searchAfresh(SearchQuery query) {
        return search(query, false);
    }

    private SearchResult search(SearchQuery query, boolean reuse) {
        return withSearcher(searcher -> {
            ResultCache answers = version(searcher).answers();
            SearchResult known = reuse ? answers.answer(query) : null;
            if (known != null) {
                reused.increment();
                return known;
            }
            computed.increment();
            turns.acquireUninterruptibly();
            try {
                SearchResult answer = searchAsTyped(searcher, query);
                answers.keep(query, answer);
                return answer;
            } finally {
                turns.release();
            }
        });
    }

    public CacheStats cacheStats() {
        Version current = version;
        return new CacheStats(current == null ? 0 : current.answers().size(), reused.sum(), computed.sum());
    }

    private SearchResult searchAsTyped(IndexSearcher searcher, SearchQuery query) throws IOException {
        try {
            SearchResult result = run(searcher, query, parse(query.text()), false, Optional.empty());
            if (result.total() > 0 || query.text().isEmpty()) {
                return result;
            }
            Optional<String> meant = didYouMean(searcher, query.text());
            if (meant.isPresent()) {
                SearchResult corrected = run(searcher, query, parse(meant.get()), true, meant);
                if (corrected.total() > 0) {
                    return corrected;
                }
            }
            Optional<Query> nearMatches = fuzzy(searcher, query.text());
            return nearMatches.isEmpty() ? result : run(searcher, query, Matching.everywhere(nearMatches.get()), true, meant);
        } catch (IndexSearcher.TooManyClauses tooLong) {
            throw new SearchSyntaxException("the query has too many words or alternatives", tooLong);
        }
    }

    /** Names that complete what the viewer has typed so far, best first; only the last few words count. */
    public List<String> suggest(String typed, Viewer viewer, int limit) {
        List<String> all = words(typed);
        if (all.isEmpty()) {
            return List.of();
        }
        List<String> words = all.subList(Math.max(0, all.size() - SUGGEST_WORDS), all.size());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            query.add(new TermQuery(new Term(Fields.SUGGEST, words.get(i))), BooleanClause.Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(Fields.SUGGEST, words.get(words.size() - 1))), BooleanClause.Occur.MUST);
        return withSearcher(searcher -> {
            Set<String> names = new LinkedHashSet<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(visible(query.build(), viewer), limit * 3, new Sort(SortField.FIELD_SCORE,
                    new SortField(Fields.ADOPTIONS, SortField.Type.LONG, true))).scoreDocs) {
                names.add(stored.document(hit.doc).get(Fields.NAME));
                if (names.size() == limit) {
                    break;
                }
            }
            return List.copyOf(names);
        });
    }

    /** Solutions like this one, by the terms that characterise its text; never itself. */
    public List<SearchResult.Hit> similar(IndexedType type, String id, Viewer viewer, int limit) {
        return withSearcher(searcher -> {
            TopDocs self = searcher.search(visible(new TermQuery(new Term(OBJECT, type + ":" + id)), viewer), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(indexing);
            // the stored text holds the name and summary too
            like.setFieldNames(new String[] {Fields.TEXT});
            like.setMinTermFreq(1);
            like.setMinDocFreq(1);
            Query query = new BooleanQuery.Builder()
                    .add(like.like(self.scoreDocs[0].doc), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Fields.TYPE, type.name())), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(OBJECT, type + ":" + id)), BooleanClause.Occur.MUST_NOT).build();
            List<SearchResult.Hit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(visible(query, viewer), limit).scoreDocs) {
                hits.add(hit(stored, hit, null));
            }
            return hits;
        });
    }

    /** Removes everything: a rebuild starts from an empty index. */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (directory; writer; searchers; queries; phrases; indexing) {
            version = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult run(IndexSearcher searcher, SearchQuery query, Matching text, boolean fuzzy, Optional<String> meant) throws IOException {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(text.query(), BooleanClause.Occur.MUST);
        query.type().ifPresent(type -> base.add(new TermQuery(new Term(Fields.TYPE, type.name())), BooleanClause.Occur.FILTER));
        Found found = find(searcher, query, visible(base.build(), query.viewer()), text.inText());
        ScoreDoc[] all = found.top().scoreDocs;
        ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(all.length, (query.page() - 1) * query.size()), all.length);
        String[] snippets = snippets(searcher, text.inText(), page);
        List<SearchResult.Hit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(stored, page[i], snippets[i]));
        }
        Map<String, List<SearchResult.FacetCount>> counts = new LinkedHashMap<>(found.counted().facets());
        if (query.type().orElse(IndexedType.TENDER) == IndexedType.TENDER) {
            counts.put(SearchQuery.DEADLINE, found.counted().deadlines());
        }
        return new SearchResult(found.counted().total(), hits, counts, meant, fuzzy);
    }

    /**
     * The best hits up to the page, how many match, and their facet counts: for one word in two
     * passes, for any other search in one.
     */
    private Found find(IndexSearcher searcher, SearchQuery query, Query visibleBase, Query inText) throws IOException {
        FacetCounts.Choices drillDown = drillDown(visibleBase, query);
        FacetValues values = version(searcher).facets();
        int wanted = Math.max(1, Math.min(query.page() * query.size(), searcher.getIndexReader().maxDoc()));
        if (rankedBySkipping(query, inText)) {
            TopDocs top = searcher.search(drillDown.query(), wanted);
            return new Found(top, FacetCounts.count(searcher, facets, drillDown, values, query.now(), FACET_VALUES));
        }
        FacetCounts.Ranked<? extends TopDocs> found = FacetCounts.countAndRank(searcher, facets, drillDown, values, query.now(), FACET_VALUES,
                ranking(query, wanted));
        return new Found(withScores(found.ranked()), found.counted());
    }

    /**
     * Whether a search is ranked in a pass of its own, its matches counted in another: one word
     * by relevance, looked up as one term or its stems. Lucene ranks it fastest skipping whole
     * blocks of documents whose best possible score cannot reach the page, and one word's matches
     * are many. Any other search is ranked as it is counted, every match scored: little of a
     * search of several words can be skipped, so one pass is faster; and where a word of a quoted
     * phrase has two stems, a document that holds both counts the phrase twice there, more than
     * Lucene reckons a block's best score from, so skipping would leave the best matches off the page.
     */
    private static boolean rankedBySkipping(SearchQuery query, Query inText) {
        return query.sort() == SearchSort.RELEVANCE && (inText instanceof TermQuery || inText instanceof SynonymQuery);
    }

    /** The best hits up to the page, and how many match with their facet counts. */
    private record Found(TopDocs top, FacetCounts.Counted counted) {
    }

    /** What ranks every match: by relevance, or by an order with relevance after it, the sort values holding the scores. */
    private static CollectorManager<?, ? extends TopDocs> ranking(SearchQuery query, int wanted) {
        if (query.sort() == SearchSort.RELEVANCE && !query.text().isBlank()) {
            return new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE);
        }
        return new TopFieldCollectorManager(sort(query.sort()), wanted, null, Integer.MAX_VALUE);
    }

    /** Every order sorts by score too, so each sorted hit's score is among its sort values: no need to score the hits again. */
    private static TopDocs withScores(TopDocs top) {
        if (!(top instanceof TopFieldDocs sorted)) {
            return top;
        }
        int score = Arrays.asList(sorted.fields).indexOf(SortField.FIELD_SCORE);
        if (score < 0) {
            throw new IllegalStateException("an order without the score: " + Arrays.toString(sorted.fields));
        }
        for (ScoreDoc hit : sorted.scoreDocs) {
            hit.score = (Float) ((FieldDoc) hit).fields[score];
        }
        return sorted;
    }

    /** The query narrowed to the chosen facet values, any of a dimension's values, every dimension; the deadline ranges likewise. */
    private FacetCounts.Choices drillDown(Query base, SearchQuery query) {
        DrillDownQuery drillDown = new DrillDownQuery(facets, base);
        List<String> chosen = new ArrayList<>();
        query.filters().forEach((dimension, values) -> {
            if (!values.isEmpty()) {
                facets.setMultiValued(dimension, true);
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                String field = facets.getDimConfig(dimension).indexFieldName;
                values.forEach(v -> any.add(new TermQuery(DrillDownQuery.term(field, dimension, v)), BooleanClause.Occur.SHOULD));
                drillDown.add(dimension, any.build());
                chosen.add(dimension);
            }
        });
        if (!query.deadlines().isEmpty()) {
            BooleanQuery.Builder ranges = new BooleanQuery.Builder();
            query.deadlines().forEach(r -> ranges.add(range(r, query.now()), BooleanClause.Occur.SHOULD));
            drillDown.add(SearchQuery.DEADLINE, ranges.build());
            chosen.add(SearchQuery.DEADLINE);
        }
        return new FacetCounts.Choices(drillDown, chosen);
    }

    private static Query range(DeadlineRange range, Instant now) {
        return NumericDocValuesField.newSlowRangeQuery(Fields.DEADLINE, range.from(now), range.to(now));
    }

    private String[] snippets(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
        if (page.length == 0 || text instanceof MatchAllDocsQuery) {
            return new String[page.length];
        }
        return Snippets.of(searcher, indexing, Fields.TEXT, text, page);
    }

    /** A hit as shown; one reader of stored fields serves a page, so the hits share its buffers and the blocks they lie in. */
    private static SearchResult.Hit hit(StoredFields stored, ScoreDoc hit, String snippet) throws IOException {
        Document fields = stored.document(hit.doc, HIT_FIELDS);
        return new SearchResult.Hit(IndexedType.valueOf(fields.get(Fields.TYPE)), fields.get(Fields.ID), fields.get(Fields.NAME),
                fields.get(Fields.SUMMARY), snippet, hit.score);
    }

    /**
     * The query in the text, plus the name for weight. The text holds the name and summary too, so
     * a document matches when its text holds every word, and a name match only adds to the score:
     * the name need not be searched for matches of its own. (Lucene's multi-field parser would
     * instead demand a synonym's words in every field.) Both languages' readings of a word stand at
     * the same position, so a word is searched as one term with two stems.
     */
    private Matching parse(String text) {
        if (text.isBlank()) {
            return Matching.everywhere(new MatchAllDocsQuery());
        }
        try {
            Query inText = parse(text, Fields.TEXT);
            BooleanQuery.Builder weighted = new BooleanQuery.Builder().add(inText, BooleanClause.Occur.MUST)
                    .add(new BoostQuery(parse(text, Fields.NAME_TEXT), NAME_BOOST), BooleanClause.Occur.SHOULD);
            return new Matching(weighted.build(), inText);
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            throw new SearchSyntaxException(firstLine(e.getMessage()), e);
        }
    }

    private Query parse(String text, String field) throws ParseException {
        return StemmedQuery.of(new TextQueryParser(field, queries, phrases).parse(text));
    }

    /**
     * What a query matches: the query over every field, and its part on the stored text, which
     * the snippets mark (that text holds the name and summary too, so it finds every match).
     */
    private record Matching(Query query, Query inText) {

        static Matching everywhere(Query query) {
            return new Matching(query, query);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "the query cannot be read" : message.lines().findFirst().orElse(message);
    }

    /**
     * The last resort for a typo the spelling suggestions missed: each word the index does not
     * know, within two edits, required; the words it knows add to the score. Empty when the index
     * knows every word: nothing was misspelled, those words are just not found together, and
     * matching each word loosely would find nearly everything.
     */
    private Optional<Query> fuzzy(IndexSearcher searcher, String text) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean misspelled = false;
        for (String word : words(text)) {
            Term term = new Term(Fields.WORDS, word);
            boolean known = searcher.getIndexReader().docFreq(term) > 0;
            misspelled |= !known;
            query.add(known ? new TermQuery(term) : new FuzzyQuery(term), known ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
        }
        return misspelled ? Optional.of(query.build()) : Optional.empty();
    }

    /** The query with each word the index does not know replaced by the closest word it knows, if any is close. */
    private Optional<String> didYouMean(IndexSearcher searcher, String text) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        List<String> words = words(text);
        boolean changed = false;
        List<String> meant = new ArrayList<>();
        for (String word : words) {
            SuggestWord[] close = checker.suggestSimilar(new Term(Fields.WORDS, word), 1, searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            changed |= close.length > 0;
            meant.add(close.length > 0 ? close[0].string : word);
        }
        return changed ? Optional.of(String.join(" ", meant)) : Optional.empty();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = WORDS.tokenStream(Fields.WORDS, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * The query narrowed to what the viewer may find. Most searches are the public's: they leave
     * out the few documents marked as hidden from the public rather than intersect with the many
     * it may find, which cost a sixth of a typical search.
     */
    private static Query visible(Query query, Viewer viewer) {
        if (viewer.equals(Viewer.ANONYMOUS)) {
            return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(HIDDEN_FROM_PUBLIC, BooleanClause.Occur.MUST_NOT).build();
        }
        BooleanQuery.Builder audiences = new BooleanQuery.Builder();
        BooleanQuery.Builder visible = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        for (Audience audience : viewer.audiences()) {
            audiences.add(new TermQuery(new Term(Fields.VISIBLE_TO, audience.term())), BooleanClause.Occur.SHOULD);
            if (!audience.equals(Audience.PUBLIC)) {
                visible.add(new TermQuery(new Term(Fields.HIDDEN_FROM, audience.term())), BooleanClause.Occur.MUST_NOT);
            }
        }
        return visible.add(audiences.build(), BooleanClause.Occur.FILTER).build();
    }

    private static Sort sort(SearchSort sort) {
        return switch (sort) {
            // without words every match is as relevant as the next: the newest first
            case RELEVANCE, NEWEST -> new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            case DEADLINE -> new Sort(new SortField(Fields.DEADLINE, SortField.Type.LONG), SortField.FIELD_SCORE);
            case MOST_ADOPTED -> new Sort(new SortField(Fields.ADOPTIONS, SortField.Type.LONG, true), SortField.FIELD_SCORE);
        };
    }

    /** What is kept for the searcher's version of the index, made on its first search. */
    private Version version(IndexSearcher searcher) throws IOException {
        Version current = version;
        if (current != null && current.reader() == searcher.getIndexReader()) {
            return current;
        }
        IndexReader reader = searcher.getIndexReader();
        current = new Version(reader, FacetValues.of(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME, this::held), new ResultCache(CACHED_ANSWERS));
        version = current;
        return current;
    }

    /**
     * The segment's facet values, read on first use. They belong to the segment's core, which
     * only deletions outlive; doc values are never updated in place here, so the core fixes them.
     */
    private SegmentFacets held(LeafReader segment) throws IOException {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        SegmentFacets known = core == null ? null : held.get(core.getKey());
        if (known != null) {
            return known;
        }
        SegmentFacets read = SegmentFacets.read(segment, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (core != null && held.putIfAbsent(core.getKey(), read) == null) {
            core.addClosedListener(held::remove);
        }
        return read;
    }

    private Document build(SearchDocument d) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Fields.KEY, d.key(), Field.Store.NO));
        doc.add(new StringField(OBJECT, d.type() + ":" + d.id(), Field.Store.NO));
        doc.add(new StringField(Fields.TYPE, d.type().name(), Field.Store.YES));
        doc.add(new StoredField(Fields.ID, d.id()));
        doc.add(new StoredField(Fields.NAME, d.name()));
        doc.add(new StoredField(Fields.SUMMARY, d.summary() == null ? "" : d.summary()));
        String text = String.join("\n", d.name(), d.summary() == null ? "" : d.summary(), d.text() == null ? "" : d.text());
        doc.add(new TextField(Fields.NAME_TEXT, d.name(), Field.Store.NO));
        doc.add(new Field(Fields.TEXT, text, TEXT_WITH_OFFSETS));
        doc.add(new TextField(Fields.WORDS, text, Field.Store.NO));
        doc.add(new TextField(Fields.SUGGEST, d.name(), Field.Store.NO));
        d.visibleTo().forEach(a -> doc.add(new StringField(Fields.VISIBLE_TO, a.term(), Field.Store.NO)));
        d.hiddenFrom().forEach(a -> doc.add(new StringField(Fields.HIDDEN_FROM, a.term(), Field.Store.NO)));
        if (!d.visibleTo().contains(Audience.PUBLIC)) {
            doc.add(new StringField(Fields.HIDDEN_FROM, Audience.PUBLIC.term(), Field.Store.NO));
        }
        doc.add(new NumericDocValuesField(Fields.PUBLISHED, d.published() == null ? 0 : d.published().toEpochMilli()));
        doc.add(new NumericDocValuesField(Fields.DEADLINE, d.deadline() == null ? Long.MAX_VALUE : d.deadline().toEpochMilli()));
        doc.add(new NumericDocValuesField(Fields.ADOPTIONS, d.adoptions()));
        d.facets().forEach((dimension, values) -> {
            facets.setMultiValued(dimension, true);
            values.stream().distinct().forEach(v -> doc.add(new SortedSetDocValuesFacetField(dimension, v)));
        });
        return facets.build(doc);
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a directory holds an index this version reads: one that opens, of the current format. */
    public static boolean readable(Path path) {
        try (Directory directory = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return CURRENT_FORMAT.equals(reader.getIndexCommit().getUserData().get(FORMAT));
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
