package dk.healthmarket.shared;

import java.util.List;

/** Input that breaks a rule Bean Validation cannot express; carries the offending fields. */
public class InvalidInputException extends DomainException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.get(0).text());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, Text text) {
        this(List.of(new FieldError(field, text)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
