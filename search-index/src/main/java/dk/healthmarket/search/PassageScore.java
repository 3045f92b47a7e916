package dk.healthmarket.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's score of a snippet's passage, to the last bit, without the hash table of terms that
 * Lucene builds for every passage it weighs (32 KB each: a fifth of all a search allocated). A
 * passage holds a handful of matches, so finding a term's earlier match by looking back is cheaper.
 */
final class PassageScore extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        BytesRef[] terms = passage.getMatchTerms();
        int matches = passage.getNumMatches();
        double score = 0;
        for (int i = 0; i < matches; i++) {
            if (!matchedBefore(terms, i)) {
                score += tf(timesFrom(terms, i, matches), passage.getLength()) * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
            }
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean matchedBefore(BytesRef[] terms, int match) {
        for (int i = 0; i < match; i++) {
            if (terms[i].bytesEquals(terms[match])) {
                return true;
            }
        }
        return false;
    }

    /** How often the term of this match occurs in the passage, from this match on. */
    private static int timesFrom(BytesRef[] terms, int match, int matches) {
        int times = 0;
        for (int i = match; i < matches; i++) {
            if (terms[i].bytesEquals(terms[match])) {
                times++;
            }
        }
        return times;
    }
}
