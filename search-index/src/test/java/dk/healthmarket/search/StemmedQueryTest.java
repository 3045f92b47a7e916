package dk.healthmarket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class StemmedQueryTest {

    private static final Analyzer QUERIES = Analysis.forQueries();

    @AfterAll
    static void close() {
        QUERIES.close();
    }

    @Test
    void aWordIsLookedUpByItsDanishAndItsEnglishStemAndAWordWrittenAsAPatternAsWritten() throws ParseException {
        assertEquals("+Synonym(text:monitor text:monitoring) +text:patient +text:monitor*", stemmed("monitoring patients monitor*"));
    }

    @Test
    void aSynonymOfTwoWordsIsOnePhraseWithBothStemsAtEachPositionNotAPhrasePerCombination() throws ParseException {
        assertEquals("+(text:plejehjem text:\"(car care) (hom home)\" text:\"(nursing nurs) (hom home)\")", stemmed("nursing home"));
    }

    @Test
    void alternativesThatStemAlikeAreSearchedOnceAsOneTermWithSynonyms() throws ParseException {
        // "hjemmepleje" and "hjemmeplejen" share their Danish stem; "kol" and "copd" expand to the same set, searched once
        assertEquals("+(Synonym(text:hjemmeplej text:hjemmeplejen text:homecar) text:\"(hom home) (car care)\")", stemmed("home care"));
        assertEquals("(" + stemmed("kol") + ")", stemmed("kol OR copd"));
    }

    private static String stemmed(String text) throws ParseException {
        QueryParser parser = new QueryParser(Fields.TEXT, QUERIES);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return StemmedQuery.of(parser.parse(text)).toString();
    }
}
