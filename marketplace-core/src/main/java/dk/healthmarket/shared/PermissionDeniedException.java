package dk.healthmarket.shared;

/** The caller is known but may not do this. */
public class PermissionDeniedException extends DomainException {

    public PermissionDeniedException(Text text) {
        super(text);
    }
}
