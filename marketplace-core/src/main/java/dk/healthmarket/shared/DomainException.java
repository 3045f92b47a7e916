package dk.healthmarket.shared;

import java.util.Locale;

/**
 * A request that the domain refuses. Its text is written for the person who made the request:
 * boundaries show it as it is (in English through {@link #getMessage()}, or in the reader's language
 * through {@link #text()}), so it never names internals or another party's data.
 */
public abstract class DomainException extends RuntimeException {

    private final transient Text text;

    protected DomainException(Text text) {
        super(text.english());
        this.text = text;
    }

    public Text text() {
        return text;
    }

    public String getMessage(Locale locale) {
        return text.in(locale);
    }
}
