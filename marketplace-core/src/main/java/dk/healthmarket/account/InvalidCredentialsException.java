package dk.healthmarket.account;

import dk.healthmarket.shared.DomainException;

/** The e-mail and password do not match an enabled account. Says no more, on purpose. */
public class InvalidCredentialsException extends DomainException {

    public InvalidCredentialsException() {
        super("The e-mail or password is wrong, or the account is disabled.");
    }
}
