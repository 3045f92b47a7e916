package dk.healthmarket.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Marks each place a concept of the {@link Synonyms} is written with the concept's term, at the
 * position of its first word and spanning its words, so the snippets mark the whole name. A form
 * is written where each of its words stands at its distance with one of its stems, as a phrase of
 * the words' stems would find it: "nursing homes" is marked as "plejehjem" is. Reads the stems of
 * a whole text before giving back its first term, since a form's last word decides its mark.
 */
final class ConceptMarks extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final Synonyms synonyms;
    private final List<Token> tokens = new ArrayList<>();
    /** Where each position's terms begin among the tokens, and, one on, where they end. */
    private int[] firstAt = new int[0];
    private final List<Emitted> out = new ArrayList<>();
    private boolean read;
    private int next;

    private sealed interface Emitted permits Token, Mark {
    }

    private record Token(State state, String term, int position, int start, int end) implements Emitted {
    }

    /** A concept written at a position, from the first word's start to the last word's end. */
    private record Mark(State state, String concept, int start, int end) implements Emitted {
    }

    ConceptMarks(TokenStream input, Synonyms synonyms) {
        super(input);
        this.synonyms = synonyms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            readAll();
            read = true;
        }
        if (next == out.size()) {
            return false;
        }
        Emitted emitted = out.get(next++);
        if (emitted instanceof Token token) {
            restoreState(token.state());
        } else if (emitted instanceof Mark mark) {
            restoreState(mark.state());
            term.setEmpty().append(mark.concept());
            increment.setPositionIncrement(0);
            offset.setOffset(mark.start(), mark.end());
        }
        return true;
    }

    private void readAll() throws IOException {
        int position = -1;
        while (input.incrementToken()) {
            position += increment.getPositionIncrement();
            tokens.add(new Token(captureState(), term.toString(), position, offset.startOffset(), offset.endOffset()));
        }
        firstAt = new int[position + 2];
        for (int p = 0, t = 0; p < firstAt.length; p++) {
            while (t < tokens.size() && tokens.get(t).position() < p) {
                t++;
            }
            firstAt[p] = t;
        }
        for (int p = 0; p <= position; p++) {
            for (int t = firstAt[p]; t < firstAt[p + 1]; t++) {
                out.add(tokens.get(t));
            }
            addMarks(p);
        }
    }

    /** The concepts whose forms begin at this position; each once, spanning its longest form, after the position's last term. */
    private void addMarks(int position) {
        int marksFrom = out.size();
        for (int t = firstAt[position]; t < firstAt[position + 1]; t++) {
            Token first = tokens.get(t);
            for (Synonyms.Form form : synonyms.startingWith(first.term())) {
                int end = end(form, position);
                if (end >= 0) {
                    mark(marksFrom, new Mark(tokens.get(firstAt[position + 1] - 1).state(), form.concept(), first.start(), end));
                }
            }
        }
    }

    private void mark(int marksFrom, Mark mark) {
        for (int i = marksFrom; i < out.size(); i++) {
            if (out.get(i) instanceof Mark other && other.concept().equals(mark.concept())) {
                if (mark.end() > other.end()) {
                    out.set(i, mark);
                }
                return;
            }
        }
        out.add(mark);
    }

    /** Where the form written from this position ends in the text, or -1 if it is not written there. */
    private int end(Synonyms.Form form, int position) {
        int end = -1;
        for (int word = 0; word < form.distances().length; word++) {
            int at = position + form.distances()[word];
            int found = at + 1 < firstAt.length ? endOfOneOf(form.stems().get(word), at) : -1;
            if (found < 0) {
                return -1;
            }
            end = Math.max(end, found);
        }
        return end;
    }

    /** The end of the word at this position if it is indexed as one of these stems, else -1. */
    private int endOfOneOf(Set<String> stems, int position) {
        for (int t = firstAt[position]; t < firstAt[position + 1]; t++) {
            if (stems.contains(tokens.get(t).term())) {
                return tokens.get(t).end();
            }
        }
        return -1;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tokens.clear();
        out.clear();
        read = false;
        next = 0;
    }
}
