package dk.healthmarket.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A parsed query with each word of the text fields looked up as the index holds it, by both its
 * {@link Stems}. The words are stemmed after parsing, not while: the parser reads a word with two
 * stems as two ways through a phrase, so a phrase of two such words became four phrases, where
 * one phrase of two stems at each position finds the same.
 */
final class StemmedQuery {

    private final Stems stems = new Stems();

    private StemmedQuery() {
    }

    static Query of(Query parsed) {
        return new StemmedQuery().stemmed(parsed);
    }

    private Query stemmed(Query query) {
        if (query instanceof TermQuery term && stemmed(term.getTerm().field())) {
            return anyOf(stemsOf(List.of(term.getTerm())));
        }
        if (query instanceof SynonymQuery synonyms && stemmed(synonyms.getField())) {
            return anyOf(stemsOf(synonyms.getTerms()));
        }
        if (query instanceof PhraseQuery phrase && stemmed(phrase.getField())) {
            Term[][] perPosition = Arrays.stream(phrase.getTerms()).map(term -> new Term[] {term}).toArray(Term[][]::new);
            return phrase(perPosition, phrase.getPositions(), phrase.getSlop());
        }
        if (query instanceof MultiPhraseQuery phrase && phrase.getTermArrays().length > 0 && stemmed(phrase.getTermArrays()[0][0].field())) {
            return phrase(phrase.getTermArrays(), phrase.getPositions(), phrase.getSlop());
        }
        if (query instanceof BooleanQuery bool) {
            Set<BooleanClause> clauses = new LinkedHashSet<>(); // alternatives can stem alike: each is searched once
            for (BooleanClause clause : bool.clauses()) {
                clauses.add(new BooleanClause(stemmed(clause.getQuery()), clause.getOccur()));
            }
            if (bool.getMinimumNumberShouldMatch() == 0 && clauses.stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
                clauses = oneWordAlternativesAsOne(clauses);
            }
            BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            clauses.forEach(builder::add);
            return builder.build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(stemmed(boost.getQuery()), boost.getBoost());
        }
        return query; // prefixes, wildcards, ranges and fuzzy words are matched as written
    }

    /**
     * Alternatives of one word each, such as a synonym's ("hjemmepleje", "hjemmeplejen"), as one
     * term with synonyms: a document that holds two of them is not counted twice, and the terms
     * they share are read once.
     */
    private static Set<BooleanClause> oneWordAlternativesAsOne(Set<BooleanClause> alternatives) {
        Map<String, List<Term>> words = new LinkedHashMap<>();
        Set<BooleanClause> others = new LinkedHashSet<>();
        for (BooleanClause alternative : alternatives) {
            if (alternative.getQuery() instanceof TermQuery term) {
                words.computeIfAbsent(term.getTerm().field(), f -> new ArrayList<>()).add(term.getTerm());
            } else if (alternative.getQuery() instanceof SynonymQuery synonyms) {
                words.computeIfAbsent(synonyms.getField(), f -> new ArrayList<>()).addAll(synonyms.getTerms());
            } else {
                others.add(alternative);
            }
        }
        Set<BooleanClause> merged = new LinkedHashSet<>();
        words.values().forEach(terms -> merged.add(new BooleanClause(anyOf(List.copyOf(new LinkedHashSet<>(terms))), BooleanClause.Occur.SHOULD)));
        merged.addAll(others);
        return merged;
    }

    private static boolean stemmed(String field) {
        return Fields.TEXT.equals(field) || Fields.NAME_TEXT.equals(field);
    }

    /** Each distinct stem of the words, in the words' field; a health term's concept as it is. */
    private List<Term> stemsOf(List<Term> words) {
        Set<Term> distinct = new LinkedHashSet<>();
        for (Term word : words) {
            if (Synonyms.isConcept(word.text())) {
                distinct.add(word);
            } else {
                stems.of(word.text()).forEach(stem -> distinct.add(new Term(word.field(), stem)));
            }
        }
        return new ArrayList<>(distinct);
    }

    private static Query anyOf(List<Term> terms) {
        if (terms.size() == 1) {
            return new TermQuery(terms.get(0));
        }
        SynonymQuery.Builder any = new SynonymQuery.Builder(terms.get(0).field());
        terms.forEach(any::addTerm);
        return any.build();
    }

    /** The phrase with each position's words stemmed: an exact phrase where every position has one stem. */
    private Query phrase(Term[][] words, int[] positions, int slop) {
        Term[][] perPosition = Arrays.stream(words).map(alternatives -> stemsOf(List.of(alternatives)).toArray(Term[]::new)).toArray(Term[][]::new);
        if (Arrays.stream(perPosition).allMatch(terms -> terms.length == 1)) {
            PhraseQuery.Builder exact = new PhraseQuery.Builder().setSlop(slop);
            for (int i = 0; i < perPosition.length; i++) {
                exact.add(perPosition[i][0], positions[i]);
            }
            return exact.build();
        }
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder().setSlop(slop);
        for (int i = 0; i < perPosition.length; i++) {
            phrase.add(perPosition[i], positions[i]);
        }
        return phrase.build();
    }
}
