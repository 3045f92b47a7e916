package dk.healthmarket.shared;

/** The object asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {

    /** {@code what} names the kind of object, as in the {@code object.*} keys: "Organisation", "User". */
    public NotFoundException(String what, Object id) {
        super(Text.of("notFound", Text.of("object." + what), String.valueOf(id)));
    }
}
