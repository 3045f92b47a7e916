package dk.healthmarket.search;

/** A query the parser cannot read, with what it says is wrong. */
public class SearchSyntaxException extends RuntimeException {

    public SearchSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
