package dk.healthmarket.solution;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a study can be read: a DOI ({@code 10.1000/xyz}, also as {@code doi:} or
 * {@code https://doi.org/…}) or a web address (http or https, with a host).
 */
public final class EvidenceReference {

    // Crossref's recommended pattern for modern DOIs
    private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/[-._;()/:A-Z0-9]+$", Pattern.CASE_INSENSITIVE);

    private EvidenceReference() {
    }

    public static boolean isValid(String reference) {
        if (reference == null || reference.isBlank()) {
            return false;
        }
        String value = reference.strip();
        return isDoi(value) || isWebAddress(value);
    }

    static boolean isDoi(String value) {
        String doi = value;
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("doi:")) {
            doi = value.substring(4).strip();
        } else if (lower.startsWith("https://doi.org/") || lower.startsWith("http://dx.doi.org/")) {
            doi = value.substring(value.indexOf(".org/") + 5);
        }
        return DOI.matcher(doi).matches();
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }
}
