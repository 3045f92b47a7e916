package dk.healthmarket.shared;

/** One input field and what is wrong with it. */
public record FieldError(String field, String message) {
}
