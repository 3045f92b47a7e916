package dk.healthmarket.deployment;

/** The portal cannot start; the message tells the operator why and what to do. */
class LaunchException extends RuntimeException {

    LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
