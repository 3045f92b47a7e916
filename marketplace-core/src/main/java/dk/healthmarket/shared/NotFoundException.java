package dk.healthmarket.shared;

/** The object asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found.");
    }
}
