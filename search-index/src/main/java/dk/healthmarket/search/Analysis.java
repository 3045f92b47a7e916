package dk.healthmarket.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * How text becomes terms. Every text is read in Danish and in English at once: each word is
 * indexed as its Danish stem and, where that differs, its English stem at the same position, so a
 * Danish document is found by Danish word forms and an English one by English forms, and a search
 * reads one field. The stop words of both languages are left out. The Scandinavian letters are
 * folded, so "aeldre" finds "ældre" and "oe" finds "ø". The index also holds the parts of compounds
 * from a dictionary of health word parts, and a mark of each Danish-English health term's concept
 * where the term is written ({@link Synonyms}): a query naming the term in either language looks
 * up the concept, so "KOL" finds "COPD" and "hjertesvigt" finds "heart failure". A query's other
 * words are stemmed once it is parsed ({@link StemmedQuery}).
 */
public final class Analysis {

    private static final CharArraySet STOP_WORDS = stopWords();
    private static final Synonyms SYNONYMS = synonyms();
    private static final List<String> COMPOUND_LIST = lines("compound-parts.txt");
    /** The parts, as the folded, lower-cased terms they are looked up by. */
    private static final CharArraySet COMPOUND_PARTS = new CharArraySet(COMPOUND_LIST, false);
    /** The longest part: no longer piece of a word needs looking up. */
    private static final int LONGEST_PART = COMPOUND_LIST.stream().mapToInt(String::length).max().orElse(1);

    private Analysis() {
    }

    /** The analyzer documents are indexed with, field by field. */
    public static Analyzer forIndexing() {
        return perField(new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream parts = new CompoundParts(folded(source), COMPOUND_PARTS, LONGEST_PART);
                // a compound's part can stem as the word does ("patients", "patient"): one term is enough in the index
                TokenStream stems = new BothStems(new StopFilter(parts, STOP_WORDS));
                return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(new ConceptMarks(stems, SYNONYMS)));
            }
        });
    }

    /**
     * The analyzer queries are parsed with: the words folded as the index folds them, each health
     * term of the synonym list read as its concept; the words are stemmed once the query is parsed
     * ({@link StemmedQuery}).
     */
    public static Analyzer forQueries() {
        return query(SYNONYMS.toConcepts());
    }

    /**
     * The analyzer the few phrases are parsed with in which a health term is followed by more
     * words ({@link TextQueryParser}): the term read as each of its names, in both languages.
     */
    public static Analyzer forPhrases() {
        return query(SYNONYMS.toNames());
    }

    /** Query words folded as the index folds them, the health terms read through these synonyms, the stop words left out. */
    private static Analyzer query(SynonymMap synonyms) {
        return perField(new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new StopFilter(new SynonymGraphFilter(folded(source), synonyms, true), STOP_WORDS));
            }
        });
    }

    /** Words as written, lower-cased and folded, for spelling suggestions and autocomplete. */
    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ScandinavianNormalizationFilter(new LowerCaseFilter(source)));
            }
        };
    }

    /** The text fields read by this analyzer; the fields of words as written by {@link #words()}. */
    private static Analyzer perField(Analyzer text) {
        return new PerFieldAnalyzerWrapper(text, Map.of(Fields.WORDS, words(), Fields.SUGGEST, words()));
    }

    /** Words without the English possessive, lower-cased, the Scandinavian letters folded. */
    private static TokenStream folded(Tokenizer source) {
        return new ScandinavianNormalizationFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
    }

    /** The baseline relevance is measured against: Lucene's StandardAnalyzer on every field. */
    public static Analyzer standard() {
        return new StandardAnalyzer();
    }

    private static CharArraySet stopWords() {
        CharArraySet both = new CharArraySet(DanishAnalyzer.getDefaultStopSet(), false);
        both.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(both);
    }

    private static Synonyms synonyms() {
        try (Analyzer folding = folding()) {
            return Synonyms.read(lines("synonyms.txt"), folding, STOP_WORDS);
        }
    }

    /** Changes whenever the synonym list does, which changes what the index holds. */
    static String synonymsFingerprint() {
        return SYNONYMS.fingerprint();
    }

    /** Words lower-cased and folded as the index folds them before it stems them; synonyms are read with it. */
    private static Analyzer folding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, folded(source));
            }
        };
    }

    /** A list's entries: its lines without blanks and comments. */
    static List<String> lines(String name) {
        try (BufferedReader list = new BufferedReader(resource(name))) {
            return list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader resource(String name) {
        var stream = Analysis.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }
}
