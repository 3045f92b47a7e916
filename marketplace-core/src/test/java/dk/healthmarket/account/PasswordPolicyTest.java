package dk.healthmarket.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.Text;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static List<String> problems(String password, String email) {
        return PasswordPolicy.problems(password, email).stream().map(Text::english).toList();
    }

    @Test
    void acceptsALongUnusualPassword() {
        assertEquals(List.of(), problems("correct horse battery", "anna@region.dk"));
    }

    @Test
    void refusesShortPasswords() {
        assertEquals(List.of("must be at least 12 characters"), problems("Kort1!", "anna@region.dk"));
    }

    @Test
    void refusesOverLongPasswords() {
        assertEquals(List.of("must be at most 128 characters"), problems("abc123".repeat(22), "anna@region.dk"));
    }

    @Test
    void refusesCommonAndRepetitivePasswords() {
        assertEquals(List.of("is too easy to guess"), problems("Password1234", "anna@region.dk"));
        assertEquals(List.of("is too easy to guess"), problems("abababababab", "anna@region.dk"));
    }

    @Test
    void refusesThePasswordContainingTheEmailName() {
        assertEquals(List.of("must not contain your e-mail address"), problems("my-name-is-birgitte-9", "Birgitte@region.dk"));
    }

    @Test
    void countsCharactersNotBytes() {
        assertEquals(List.of(), problems("ærø-øæå-ærø-12", "anna@region.dk"));
    }

    @Test
    void onlyPasswordsWithinTwiceTheLimitAreWorthHashing() {
        assertEquals(true, PasswordPolicy.couldBeStored("x".repeat(256)));
        assertEquals(false, PasswordPolicy.couldBeStored("x".repeat(257)));
        assertEquals(false, PasswordPolicy.couldBeStored(null));
    }

    @Test
    void checkNamesThePasswordField() {
        var refused = assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(null, "anna@region.dk"));
        assertEquals("password", refused.errors().get(0).field());
        assertEquals("The password a password is required.", refused.getMessage());
    }

    @Test
    void severalProblemsAreJoinedInTheReadersLanguage() {
        var refused = assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("ab", "anna@region.dk"));
        assertEquals("The password must be at least 12 characters; is too easy to guess.", refused.getMessage());
        assertEquals("Adgangskoden skal have mindst 12 tegn; er for let at gætte.", refused.getMessage(Locale.forLanguageTag("da")));
    }
}
