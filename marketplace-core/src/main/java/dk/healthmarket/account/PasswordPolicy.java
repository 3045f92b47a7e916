package dk.healthmarket.account;

import dk.healthmarket.shared.Text;
import dk.healthmarket.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (after NIST SP 800-63B): long enough, not absurdly long, not one of the
 * passwords every attacker tries first, and not the user's own e-mail. No composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password1234", "123456789012", "qwertyuiopas", "passwordpassword", "adminadmin123",
            "sundhed12345", "velkommen123", "sommer2026!!", "vinter2026!!", "administrator",
            "letmein12345", "iloveyou1234", "welcome12345", "changeme1234", "abcdefghijkl");

    private PasswordPolicy() {
    }

    /** The problems with a password, in words for the person choosing it; empty when it is fine. */
    public static List<Text> problems(String password, String email) {
        List<Text> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(Text.of("password.required"));
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(Text.of("password.tooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            problems.add(Text.of("password.tooLong", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || password.chars().distinct().count() <= 2) {
            problems.add(Text.of("password.guessable"));
        }
        String localPart = email == null ? "" : email.strip().toLowerCase(Locale.ROOT).split("@")[0];
        if (localPart.length() >= 4 && lower.contains(localPart)) {
            problems.add(Text.of("password.containsEmail"));
        }
        return problems;
    }

    /** Whether a password of this length could have passed the policy; longer ones need no hashing. */
    public static boolean couldBeStored(String password) {
        return password != null && password.length() <= 2 * MAX_LENGTH;
    }

    public static void check(String password, String email) {
        List<Text> problems = problems(password, email);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("password", Text.of("password.invalid", problems));
        }
    }
}
