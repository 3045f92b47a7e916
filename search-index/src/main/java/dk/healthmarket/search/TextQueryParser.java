package dk.healthmarket.search;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Reads a search as typed, in Lucene's query syntax: every word required, a health term of the
 * synonym list as its concept, no pattern beginning with a wildcard. A quoted phrase in which a
 * health term is followed by more words reads the term as each of its names instead: the index
 * marks a concept where its first word stands, and the words after it stand as far on as the name
 * written there is long, which a phrase of the concept cannot know.
 */
final class TextQueryParser extends QueryParser {

    private final Analyzer phrases;

    TextQueryParser(String field, Analyzer queries, Analyzer phrases) {
        super(field, queries);
        this.phrases = phrases;
        setDefaultOperator(Operator.AND);
        setSplitOnWhitespace(false);
        setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        setAllowLeadingWildcard(false);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        Query query = super.getFieldQuery(field, text, quoted);
        return quoted && conceptBeforeAnotherWord(query) ? newFieldQuery(phrases, field, text, true) : query;
    }

    private static boolean conceptBeforeAnotherWord(Query query) {
        if (query instanceof PhraseQuery phrase) {
            Term[] terms = phrase.getTerms();
            return Arrays.stream(terms, 0, Math.max(0, terms.length - 1)).anyMatch(t -> Synonyms.isConcept(t.text()));
        }
        if (query instanceof MultiPhraseQuery phrase) {
            Term[][] terms = phrase.getTermArrays();
            return Arrays.stream(terms, 0, Math.max(0, terms.length - 1)).flatMap(Arrays::stream).anyMatch(t -> Synonyms.isConcept(t.text()));
        }
        return false;
    }
}
