package dk.healthmarket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    @Test
    void eachWordIsIndexedAsItsDanishAndItsEnglishStemAtOnePositionAndEachTermOnce() throws IOException {
        // "patients" and "borgere" hold a compound part that stems as the word does
        assertEquals(List.of("monitoring@1", "monitor@1", "patient@3", "borg@4", "borger@4"),
                terms(Analysis.forIndexing(), "Monitoring the patients borgere"));
    }

    @Test
    void theStopWordsOfEitherLanguageAreLeftOut() throws IOException {
        assertEquals(List.of("municipality@2", "municip@2", "kommun@4"), terms(Analysis.forIndexing(), "The municipality og kommune"));
    }

    /** Each term with its position, counted from one. */
    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = 0;
            while (tokens.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term + "@" + position);
            }
            tokens.end();
        }
        return terms;
    }
}
