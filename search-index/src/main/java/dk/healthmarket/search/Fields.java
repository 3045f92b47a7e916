package dk.healthmarket.search;

/** The names of the index's fields. */
final class Fields {

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String NAME = "name";
    static final String SUMMARY = "summary";
    static final String NAME_DA = "name_da";
    static final String NAME_EN = "name_en";
    static final String TEXT_DA = "text_da";
    static final String TEXT_EN = "text_en";
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
