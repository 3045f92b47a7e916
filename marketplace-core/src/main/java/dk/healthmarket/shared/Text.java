package dk.healthmarket.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A sentence the domain says to a person, kept as a key of the {@code messages} bundle and its
 * arguments, so each boundary shows it in its reader's language: the API and the logs in English,
 * the pages in the visitor's. Arguments that are themselves texts, or lists of texts (joined with
 * "; "), are translated too.
 */
public record Text(String key, Object... arguments) {

    private static final String BUNDLE = "dk.healthmarket.shared.messages";

    public static Text of(String key, Object... arguments) {
        return new Text(key, arguments);
    }

    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] translated = Arrays.stream(arguments).map(a -> translate(a, locale)).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(translated);
    }

    private static Object translate(Object argument, Locale locale) {
        if (argument instanceof Text text) {
            return text.in(locale);
        }
        if (argument instanceof List<?> list) {
            return list.stream().map(item -> String.valueOf(translate(item, locale))).collect(Collectors.joining("; "));
        }
        return argument;
    }

    /** The English wording, for the API and the logs. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && key.equals(text.key) && Arrays.equals(arguments, text.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return english();
    }
}
