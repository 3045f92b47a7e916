package dk.healthmarket.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of a list to return. Pages are numbered from 1; the size is bounded so no caller can
 * ask the database or the index for everything at once. The one paging model of every list.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (page < 1) {
            errors.add(new FieldError("page", Text.of("page.minimum")));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", Text.of("page.size", MAX_SIZE)));
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
