package dk.healthmarket.shared;

/** An update was based on a version of the object that someone else has changed since. */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String what, Object id, long expected, long current) {
        super(what + " " + id + " has changed since you read it (you had version " + expected
                + ", it is now version " + current + "). Reload it and apply your change again.");
    }
}
