package dk.healthmarket.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;

/**
 * Each word, then the health word parts it is built from, if it is a compound of them. Most words
 * are not, and finding that out looks up every piece of the word; the words found whole are
 * remembered, up to a bound, and not looked through again.
 */
final class CompoundParts extends DictionaryCompoundWordTokenFilter {

    /** The shortest word looked through for parts, and the shortest part. */
    private static final int SHORTEST_COMPOUND = 4;
    private static final int SHORTEST_PART = 3;
    private static final int KNOWN_WORDS = 10_000;
    private final CharArraySet whole = new CharArraySet(64, false);

    CompoundParts(TokenStream input, CharArraySet parts, int longestPart) {
        super(input, parts, SHORTEST_COMPOUND, SHORTEST_PART, longestPart, true);
    }

    @Override
    protected void decompose() {
        if (whole.contains(termAtt.buffer(), 0, termAtt.length())) {
            return;
        }
        super.decompose();
        if (tokens.isEmpty()) {
            if (whole.size() == KNOWN_WORDS) {
                whole.clear();
            }
            whole.add(termAtt.toString());
        }
    }
}
