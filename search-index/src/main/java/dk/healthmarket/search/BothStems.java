package dk.healthmarket.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Each word as its Danish stem and, where that differs, its English stem at the same position, as
 * a synonym: one field holds both readings of a text, and a word searched reads one list of
 * documents, or two where the stems differ, rather than a list per reading and field.
 */
final class BothStems extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final SnowballStemmer danish = new DanishStemmer();
    private final SnowballStemmer english = new PorterStemmer();
    private State word;
    private String englishStem;

    BothStems(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (englishStem != null) {
            restoreState(word);
            term.setEmpty().append(englishStem);
            increment.setPositionIncrement(0);
            englishStem = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String written = term.toString();
        String danishStem = stem(danish, written);
        String other = stem(english, written);
        term.setEmpty().append(danishStem);
        if (!other.equals(danishStem)) {
            word = captureState();
            englishStem = other;
        }
        return true;
    }

    private static String stem(SnowballStemmer stemmer, String written) {
        stemmer.setCurrent(written);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        word = null;
        englishStem = null;
    }
}
