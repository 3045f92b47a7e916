package dk.healthmarket.search;

import java.util.List;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * A word's two readings: its Danish stem and, where that differs, its English stem. The index
 * holds every word this way, and a search looks each word up this way. Not thread-safe: the
 * stemmers keep the word they work on.
 */
final class Stems {

    private final SnowballStemmer danish = new DanishStemmer();
    private final SnowballStemmer english = new PorterStemmer();

    /** The Danish stem, then the English one if it differs. */
    List<String> of(String word) {
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
