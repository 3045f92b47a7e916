package dk.healthmarket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Snippets choose the same passages as Lucene's own scorer would: the scores agree to the last bit. */
class PassageScoreTest {

    private static final String[] WORDS = {"kol", "copd", "hjem", "monitor", "telemedicin", "ældr"};

    @Test
    void scoresEveryPassageAsLucenesScorerDoes() {
        PassageScorer lucene = new PassageScorer();
        PassageScore ours = new PassageScore();
        Random random = new Random(20261124);
        for (int n = 0; n < 2_000; n++) {
            Passage passage = passage(random);
            int contentLength = passage.getEndOffset() + random.nextInt(5_000);
            assertEquals(Float.floatToIntBits(lucene.score(passage, contentLength)), Float.floatToIntBits(ours.score(passage, contentLength)),
                    () -> "passage of " + passage.getNumMatches() + " matches at " + passage.getStartOffset());
        }
    }

    @Test
    void aTermMatchedTwiceInAPassageWeighsMoreThanOnceButLessThanTwoTerms() {
        PassageScore score = new PassageScore();
        float once = score.score(passage(0, 100, "kol"), 1_000);
        float twice = score.score(passage(0, 100, "kol", "kol"), 1_000);
        float two = score.score(passage(0, 100, "kol", "copd"), 1_000);
        assertTrue(once < twice && twice < two, once + " " + twice + " " + two);
    }

    private static Passage passage(Random random) {
        int start = random.nextInt(2_000);
        int length = 20 + random.nextInt(300);
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(start + length);
        int matches = random.nextInt(12);
        for (int i = 0; i < matches; i++) {
            int at = start + random.nextInt(length - 5);
            passage.addMatch(at, at + 4, new BytesRef(WORDS[random.nextInt(WORDS.length)]), 1 + random.nextInt(9));
        }
        return passage;
    }

    private static Passage passage(int start, int end, String... terms) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int i = 0; i < terms.length; i++) {
            passage.addMatch(start + 10 * i, start + 10 * i + 3, new BytesRef(terms[i]), 2);
        }
        return passage;
    }
}
