package dk.healthmarket.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The health terms that mean the same, each line of the list one concept named in Danish and
 * English ("plejehjem, nursing home, care home"). The index marks every place one of a concept's
 * names is written with the concept's own term ({@link ConceptMarks}), and a query naming it, in
 * any of its forms, looks up that one term: one list of documents, where looking up every form
 * read each word's positions to find the forms of several words as phrases.
 */
final class Synonyms {

    /** Begins every concept's term: a character the tokenizer never keeps in a word, so no text written is read as a concept. */
    private static final char CONCEPT = '§';

    /** The forms of all concepts by each stem their first word may be indexed as. */
    private final Map<String, List<Form>> byFirstStem = new HashMap<>();
    private final SynonymMap toConcepts;
    private final SynonymMap toNames;
    private final String fingerprint;

    /**
     * One way a concept is written, as the index holds it: for each word but stop words, how far it
     * stands from the first (a stop word leaves a gap, as in the index) and the stems it is indexed as.
     */
    record Form(String concept, int[] distances, List<Set<String>> stems) {
    }

    private Synonyms(List<String> lines, Analyzer folding, CharArraySet stopWords) throws IOException {
        SynonymMap.Builder concepts = new SynonymMap.Builder(true);
        SynonymMap.Builder names = new SynonymMap.Builder(true);
        SynonymMap.Parser analyser = new SynonymMap.Parser(true, folding) {
            @Override
            public void parse(Reader in) {
                throw new UnsupportedOperationException("only analyses the names of the lines");
            }
        };
        Stems stems = new Stems();
        for (int line = 0; line < lines.size(); line++) {
            try {
                if (lines.get(line).contains("=>")) {
                    throw new IllegalArgumentException("a line is a set of names that mean the same, not a rule");
                }
                List<String> written = List.of(lines.get(line).split(","));
                String concept = concept(words(folding, written.get(0)), line);
                List<CharsRef> analysed = new ArrayList<>();
                for (String name : written) {
                    analysed.add(analyser.analyze(name.strip(), new CharsRefBuilder()));
                    form(concept, words(folding, name), stopWords, stems).ifPresent(this::index);
                }
                for (CharsRef name : analysed) {
                    concepts.add(name, new CharsRef(concept), false);
                    // every name to every other, keeping itself: the names a phrase with the term is read as
                    analysed.stream().filter(other -> other != name).forEach(other -> names.add(name, other, true));
                }
            } catch (IllegalArgumentException notAName) {
                String where = "line " + (line + 1) + " of the synonym list, \"" + lines.get(line) + "\": ";
                throw new IllegalArgumentException(where + notAName.getMessage(), notAName);
            }
        }
        this.toConcepts = concepts.build();
        this.toNames = names.build();
        this.fingerprint = fingerprint(lines);
    }

    /** The list as the search team keeps it. */
    static Synonyms read(List<String> lines, Analyzer folding, CharArraySet stopWords) {
        try {
            return new Synonyms(lines, folding, stopWords);
        } catch (IOException e) {
            throw new UncheckedIOException("the synonym list cannot be read", e);
        }
    }

    /** Whether a term is a concept's rather than a word's. */
    static boolean isConcept(String term) {
        return !term.isEmpty() && term.charAt(0) == CONCEPT;
    }

    /** Each form of a concept, as written in a query, to the concept's term. */
    SynonymMap toConcepts() {
        return toConcepts;
    }

    /** Each name of a concept, as written in a query, to all of the concept's names. */
    SynonymMap toNames() {
        return toNames;
    }

    /** The forms whose first word can be indexed as this term. */
    List<Form> startingWith(String term) {
        return byFirstStem.getOrDefault(term, List.of());
    }

    /** Changes whenever the list does: the index marks concepts where they are written, so a changed list needs the index built anew. */
    String fingerprint() {
        return fingerprint;
    }

    /** The concept's term: its first name, and its line's place in the list, as two lines may begin alike. */
    private static String concept(List<String> firstName, int line) {
        return CONCEPT + String.join("_", firstName) + "_" + line;
    }

    private static Optional<Form> form(String concept, List<String> words, CharArraySet stopWords, Stems stems) {
        List<Integer> distances = new ArrayList<>();
        List<Set<String>> stemsPerWord = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < words.size(); i++) {
            if (stopWords.contains(words.get(i))) {
                continue;
            }
            first = first < 0 ? i : first;
            distances.add(i - first);
            stemsPerWord.add(Set.copyOf(stems.of(words.get(i))));
        }
        return first < 0 ? Optional.empty()
                : Optional.of(new Form(concept, distances.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(stemsPerWord)));
    }

    private void index(Form form) {
        form.stems().get(0).forEach(stem -> byFirstStem.computeIfAbsent(stem, s -> new ArrayList<>()).add(form));
    }

    private static List<String> words(Analyzer folding, String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = folding.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        }
        return words;
    }

    private static String fingerprint(List<String> lines) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
