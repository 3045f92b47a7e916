package dk.healthmarket.shared;

/**
 * A request that the domain refuses. Its message is written for the person who made the request:
 * boundaries show it as it is, so it never names internals or another party's data.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
