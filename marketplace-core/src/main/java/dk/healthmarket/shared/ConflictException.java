package dk.healthmarket.shared;

import java.util.Optional;

/**
 * The request is well formed but clashes with the current state: a duplicate, or a transition the
 * object's state does not allow. {@code field} names the input that clashes, when one does.
 */
public class ConflictException extends DomainException {

    private final String field;

    public ConflictException(Text text) {
        this(null, text);
    }

    public ConflictException(String field, Text text) {
        super(text);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
