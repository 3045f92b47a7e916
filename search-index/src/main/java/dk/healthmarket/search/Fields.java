package dk.healthmarket.search;

/** The names of the index's fields. */
final class Fields {

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String NAME = "name";
    static final String SUMMARY = "summary";
    /** The name, read in both languages. */
    static final String NAME_TEXT = "name_text";
    /** Name, summary and text, read in both languages; stored, with offsets, for the snippets. */
    static final String TEXT = "text";
    /** Words as written, for "did you mean". */
    static final String WORDS = "words";
    /** Names as written, for autocomplete. */
    static final String SUGGEST = "suggest";
    static final String VISIBLE_TO = "visible_to";
    static final String HIDDEN_FROM = "hidden_from";
    static final String PUBLISHED = "published";
    static final String DEADLINE = "deadline";
    static final String ADOPTIONS = "adoptions";

    private Fields() {
    }
}
