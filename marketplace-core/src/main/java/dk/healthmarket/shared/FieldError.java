package dk.healthmarket.shared;

/** One input field and what is wrong with it. */
public record FieldError(String field, Text text) {

    /** In English, for the API and the logs. */
    public String message() {
        return text.english();
    }
}
