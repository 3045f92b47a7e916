package dk.healthmarket.tender;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Common Procurement Vocabulary codes a tender may use, each written as its eight digits:
 * the reference list in {@code cpv.csv} (every division, and the groups and classes of the
 * divisions health technology is bought under). Any other code is unknown and refused.
 */
public final class CpvCode {

    private static final Map<String, String> TITLES = load();

    private CpvCode() {
    }

    public static boolean isKnown(String code) {
        return code != null && TITLES.containsKey(code);
    }

    /** The code's English title from the regulation. */
    public static Optional<String> title(String code) {
        return Optional.ofNullable(code).map(TITLES::get);
    }

    /** Every known code with its title, in code order. */
    public static Map<String, String> all() {
        return TITLES;
    }

    private static Map<String, String> load() {
        var stream = CpvCode.class.getResourceAsStream("cpv.csv");
        if (stream == null) {
            throw new IllegalStateException("the CPV reference list cpv.csv is missing");
        }
        Map<String, String> titles = new LinkedHashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] codeAndTitle = line.split(";", 2);
                titles.put(codeAndTitle[0], codeAndTitle[1]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(titles);
    }
}
