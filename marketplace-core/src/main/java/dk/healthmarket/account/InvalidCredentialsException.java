package dk.healthmarket.account;

import dk.healthmarket.shared.DomainException;
import dk.healthmarket.shared.Text;

/** The e-mail and password do not match an enabled account. Says no more, on purpose. */
public class InvalidCredentialsException extends DomainException {

    public InvalidCredentialsException() {
        super(Text.of("login.invalid"));
    }
}
