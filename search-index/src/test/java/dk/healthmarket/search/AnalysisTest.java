package dk.healthmarket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    private static final Analyzer INDEXING = Analysis.forIndexing();

    @AfterAll
    static void close() {
        INDEXING.close();
    }

    @Test
    void eachWordIsIndexedAsItsDanishAndItsEnglishStemAtOnePositionAndEachTermOnce() {
        // "patients" and "borgere" hold a compound part that stems as the word does
        assertEquals(List.of("monitoring@1", "monitor@1", "patient@3", "borg@4", "borger@4"), words("Monitoring the patients borgere"));
    }

    @Test
    void aWordMetAgainIsReadAsTheFirstTimeItsPartsAndStemsAtItsNewPlace() {
        // the analysis remembers the words it has stemmed and those it found no parts in
        String once = "Hjemmemonitorering af patienter";
        List<String> first = tokens(once);
        assertTrue(first.containsAll(List.of("hjemmemonitorering@1[0,18]", "monitorering@1[0,18]", "patient@3[22,31]")), first.toString());
        List<String> twice = tokens(once + " " + once);
        assertEquals(first, twice.subList(0, first.size()));
        assertEquals(first.stream().map(t -> moved(t, 3, once.length() + 1)).toList(), twice.subList(first.size(), twice.size()));
    }

    @Test
    void theStopWordsOfEitherLanguageAreLeftOut() {
        assertEquals(List.of("municipality@2", "municip@2", "kommun@4"), words("The municipality og kommune"));
    }

    @Test
    void aHealthTermIsMarkedWithItsConceptWhereItsFirstWordStandsSpanningItsWordsInAnyNameOrInflection() {
        String nursingHome = concept("plejehjem");
        assertEquals(List.of(nursingHome + "@3[9,22]", nursingHome + "@6[27,39]"),
                marks("Staff in nursing homes and plejehjemmet").stream().filter(m -> m.startsWith(nursingHome)).toList());
        assertEquals(nursingHome, concept("care home"));
        assertEquals(nursingHome, concept("Care homes"));
    }

    @Test
    void aTermsWordsApartInAnotherOrderOrWithoutTheStopWordBetweenAreNotMarked() {
        assertFalse(marks("nursing staff at home").stream().anyMatch(m -> m.startsWith(concept("nursing home"))), "words apart");
        assertFalse(marks("home nursing").stream().anyMatch(m -> m.startsWith(concept("nursing home"))), "another order");
        String shortage = concept("staff shortage");
        assertEquals(shortage, concept("mangel på arbejdskraft"));
        assertEquals(shortage, concept("mangel af arbejdskraft"), "a stop word leaves a gap, whichever it is");
        assertFalse(marks("mangel arbejdskraft").stream().anyMatch(m -> m.startsWith(shortage)), "no gap where the term has a stop word");
    }

    @Test
    void aNameOfTheSynonymListWithoutAWordIsRefusedWithItsLine() {
        String refused = refusal("kol, copd", "plejehjem, ?, care home");
        assertTrue(refused.startsWith("line 2 of the synonym list, \"plejehjem, ?, care home\""), refused);
    }

    @Test
    void aRuleInTheSynonymListIsRefusedWithItsLineSinceEachLineIsASetOfNames() {
        String refused = refusal("kol, copd", "plejehjem => care home");
        assertTrue(refused.startsWith("line 2 of the synonym list"), refused);
    }

    /** Why a synonym list of these lines is refused. */
    private static String refusal(String... lines) {
        try (Analyzer folding = Analysis.words()) {
            return assertThrows(IllegalArgumentException.class, () -> Synonyms.read(List.of(lines), folding, CharArraySet.EMPTY_SET)).getMessage();
        }
    }

    /** Each term but the concepts' marks, with its position, counted from one. */
    private static List<String> words(String text) {
        return tokens(text).stream().filter(t -> !Synonyms.isConcept(t)).map(t -> t.substring(0, t.indexOf('['))).toList();
    }

    /** The concepts' marks, each with its position and offsets. */
    private static List<String> marks(String text) {
        return tokens(text).stream().filter(Synonyms::isConcept).toList();
    }

    /** The one concept marked over the whole of this health term (its words may be other terms too: "nursing", "care"). */
    private static String concept(String term) {
        String whole = "@1[0," + term.length() + "]";
        List<String> concepts = marks(term).stream().filter(m -> m.endsWith(whole)).map(m -> m.substring(0, m.indexOf('@'))).toList();
        assertEquals(1, concepts.size(), term + " is one health term: " + concepts);
        return concepts.get(0);
    }

    /** A token as {@link #tokens} writes it, its position and offsets moved on. */
    private static String moved(String token, int positions, int chars) {
        String[] parts = token.split("[@\\[,\\]]");
        return parts[0] + "@" + (Integer.parseInt(parts[1]) + positions) + "[" + (Integer.parseInt(parts[2]) + chars) + ","
                + (Integer.parseInt(parts[3]) + chars) + "]";
    }

    private static List<String> tokens(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = INDEXING.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            int position = 0;
            while (tokens.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
