package dk.healthmarket.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of a list to return. Pages are numbered from 1; the size is bounded so no caller can
 * ask the database or the index for everything at once, and so is how deep the pages go: the
 * database skips and the index ranks every item before the page, and deeper than a million items
 * the offset is no longer worth computing (nor, far enough, a number). Open-data harvesters and
 * the pages that read every organisation still page through everything a national marketplace
 * holds. The one paging model of every list.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** How far into a list the last item of a page may be. */
    public static final int MAX_DEPTH = 1_000_000;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (page < 1) {
            errors.add(new FieldError("page", Text.of("page.minimum")));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", Text.of("page.size", MAX_SIZE)));
        } else if (page >= 1 && (long) page * size > MAX_DEPTH) {
            errors.add(new FieldError("page", Text.of("page.depth", MAX_DEPTH / size, MAX_DEPTH)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A request from optional query parameters: absent values take the defaults. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
