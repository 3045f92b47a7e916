package dk.healthmarket.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<Integer, List<Token>> atPosition = new HashMap<>();
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
            Token token = new Token(captureState(), term.toString(), position, offset.startOffset(), offset.endOffset());
            tokens.add(token);
            atPosition.computeIfAbsent(position, p -> new ArrayList<>()).add(token);
        }
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.get(i));
            boolean lastAtItsPosition = i + 1 == tokens.size() || tokens.get(i + 1).position() != tokens.get(i).position();
            if (lastAtItsPosition) {
                out.addAll(marks(atPosition.get(tokens.get(i).position())));
            }
        }
    }

    /** The concepts whose forms begin with one of these terms, all at one position; each once, spanning its longest form. */
    private List<Mark> marks(List<Token> here) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        Token last = here.get(here.size() - 1);
        for (Token first : here) {
            for (Synonyms.Form form : synonyms.startingWith(first.term())) {
                int end = end(form, first.position());
                if (end >= 0) {
                    marks.merge(form.concept(), new Mark(last.state(), form.concept(), first.start(), end),
                            (one, other) -> one.end() >= other.end() ? one : other);
                }
            }
        }
        return List.copyOf(marks.values());
    }

    /** Where the form written from this position ends in the text, or -1 if it is not written there. */
    private int end(Synonyms.Form form, int position) {
        int end = -1;
        for (int word = 0; word < form.distances().length; word++) {
            List<Token> there = atPosition.getOrDefault(position + form.distances()[word], List.of());
            Set<String> stems = form.stems().get(word);
            Token found = there.stream().filter(t -> stems.contains(t.term())).findFirst().orElse(null);
            if (found == null) {
                return -1;
            }
            end = Math.max(end, found.end());
        }
        return end;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tokens.clear();
        atPosition.clear();
        out.clear();
        read = false;
        next = 0;
    }
}
