package dk.healthmarket.shared;

/** An update was based on a version of the object that someone else has changed since. */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String what, Object id, long expected, long current) {
        super(Text.of("staleVersion", Text.of("object." + what), String.valueOf(id), String.valueOf(expected), String.valueOf(current)));
    }
}
