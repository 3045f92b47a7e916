package dk.healthmarket.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Each word as its {@link Stems}, the second at the same position as the first, as a synonym: one
 * field holds both readings of a text, and a word searched reads one list of documents, or two
 * where the stems differ, rather than a list per reading and field.
 */
final class BothStems extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Stems stems = new Stems();
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
        List<String> both = stems.of(term.toString());
        term.setEmpty().append(both.get(0));
        if (both.size() > 1) {
            word = captureState();
            englishStem = both.get(1);
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        word = null;
        englishStem = null;
    }
}
