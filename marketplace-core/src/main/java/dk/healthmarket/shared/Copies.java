package dk.healthmarket.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Unmodifiable copies for the collections of input records. Unlike {@code List.copyOf} they keep a
 * null entry, so Bean Validation names it ({@code lots[2]}) instead of the copy failing with a 500.
 */
public final class Copies {

    private Copies() {
    }

    public static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }

    public static <T> Set<T> set(Set<T> items) {
        return items == null ? Set.of() : Collections.unmodifiableSet(new HashSet<>(items));
    }
}
