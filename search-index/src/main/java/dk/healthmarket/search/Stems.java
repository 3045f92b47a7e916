package dk.healthmarket.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * A word's two readings: its Danish stem and, where that differs, its English stem. The index
 * holds every word this way, and a search looks each word up this way. Not thread-safe: the
 * stemmers keep the word they work on.
 */
final class Stems {

    /**
     * The words stemmed so far, shared by every thread: texts repeat their words, and stemming
     * each word twice was a seventh of indexing. Forgotten all at once when full, which bounds the
     * memory to a few megabytes.
     */
    private static final Map<String, List<String>> KNOWN = new ConcurrentHashMap<>();
    private static final int KNOWN_WORDS = 20_000;

    private final SnowballStemmer danish = new DanishStemmer();
    private final SnowballStemmer english = new PorterStemmer();

    /** The Danish stem, then the English one if it differs. */
    List<String> of(String word) {
        List<String> stems = KNOWN.get(word);
        if (stems == null) {
            stems = stemmed(word);
            if (KNOWN.size() >= KNOWN_WORDS) {
                KNOWN.clear();
            }
            KNOWN.put(word, stems);
        }
        return stems;
    }

    private List<String> stemmed(String word) {
        String danishStem = stem(danish, word);
        String englishStem = stem(english, word);
        return danishStem.equals(englishStem) ? List.of(danishStem) : List.of(danishStem, englishStem);
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
