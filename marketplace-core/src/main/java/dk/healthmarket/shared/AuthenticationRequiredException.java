package dk.healthmarket.shared;

/** The action needs a logged-in caller and there is none. */
public class AuthenticationRequiredException extends DomainException {

    public AuthenticationRequiredException() {
        super(Text.of("authenticationRequired"));
    }
}
