package dk.healthmarket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class StemmedQueryTest {

    private static final Analyzer QUERIES = Analysis.forQueries();
    private static final Analyzer PHRASES = Analysis.forPhrases();

    @AfterAll
    static void close() {
        QUERIES.close();
        PHRASES.close();
    }

    @Test
    void aWordIsLookedUpByItsDanishAndItsEnglishStemAndAWordWrittenAsAPatternAsWritten() throws ParseException {
        assertEquals("+Synonym(text:monitor text:monitoring) +text:devic +text:monitor*", stemmed("monitoring devices monitor*"));
    }

    @Test
    void aPhraseOfWordsWithTwoStemsIsOnePhraseWithBothStemsAtEachPositionNotAPhrasePerCombination() throws ParseException {
        assertEquals("text:\"(monitoring monitor) devic\"", stemmed("\"monitoring devices\""));
    }

    @Test
    void alternativesThatStemAlikeAreSearchedOnceAsOneTermWithSynonyms() throws ParseException {
        assertEquals("Synonym(text:monitor text:monitoring)", stemmed("monitoring OR monitor"));
        assertEquals(stemmed("kol"), stemmed("kol OR copd"), "two names of one health term, searched once");
    }

    @Test
    void aHealthTermInAnyOfItsNamesIsOneTermItsConcept() throws ParseException {
        String concept = stemmed("plejehjem");
        assertTrue(concept.startsWith("text:§"), concept);
        assertEquals(concept, stemmed("nursing home"));
        assertEquals(concept, stemmed("\"care home\""));
        assertEquals("+text:devic +" + concept, stemmed("devices for nursing home"));
    }

    @Test
    void aQuotedHealthTermFollowedByMoreWordsIsReadAsEachOfItsNames() throws ParseException {
        // the index marks the concept where its first word stands: the word after it is as far on as the name written is long
        assertEquals("text:\"plejehjem alarm\" text:\"(nursing nurs) (hom home) alarm\" text:\"(car care) (hom home) alarm\"",
                stemmed("\"care home alarms\""));
        assertEquals("text:\"alarm ? " + stemmed("plejehjem").substring("text:".length()) + "\"", stemmed("\"alarms for nursing home\""),
                "last in the phrase, it is its concept");
    }

    private static String stemmed(String text) throws ParseException {
        return StemmedQuery.of(new TextQueryParser(Fields.TEXT, QUERIES, PHRASES).parse(text)).toString();
    }
}
