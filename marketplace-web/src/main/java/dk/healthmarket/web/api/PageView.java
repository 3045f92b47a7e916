package dk.healthmarket.web.api;

import dk.healthmarket.shared.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a list as the API returns it. */
public record PageView<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <E, T> PageView<T> of(Page<E> page, Function<? super E, ? extends T> view) {
        Page<T> mapped = page.map(view);
        return new PageView<>(mapped.items(), mapped.page(), mapped.size(), mapped.total(), mapped.totalPages());
    }
}
