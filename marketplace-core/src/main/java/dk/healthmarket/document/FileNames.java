package dk.healthmarket.document;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes a file name safe to store and to offer for download: no path, no control or reserved
 * characters, no leading dots, at most 120 characters, and the extension of what the content is.
 */
public final class FileNames {

    private static final int MAX_BASE = 120;

    private FileNames() {
    }

    public static String sanitise(String given, DocumentType type) {
        String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("[\\p{Cntrl}<>:\"|?*%]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("^[ .]+|[ .]+$", "");
        if (base.length() > MAX_BASE) {
            int end = Character.isHighSurrogate(base.charAt(MAX_BASE - 1)) ? MAX_BASE - 1 : MAX_BASE;
            base = base.substring(0, end).strip();
        }
        if (base.isEmpty()) {
            base = "dokument";
        }
        return base + "." + type.extension().toLowerCase(Locale.ROOT);
    }
}
