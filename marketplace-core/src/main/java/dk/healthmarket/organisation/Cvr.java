package dk.healthmarket.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A Danish company registration number: eight digits whose weighted sum (weights 2, 7, 6, 5, 4,
 * 3, 2, 1) is divisible by eleven.
 */
@Embeddable
public class Cvr {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    @Column(name = "cvr", length = 8)
    private String number;

    protected Cvr() {
    }

    private Cvr(String number) {
        this.number = number;
    }

    /** A CVR from user input; spaces are tolerated ("1234 5678"), anything else invalid is refused. */
    public static Cvr of(String input) {
        String digits = normalise(input);
        if (!isValid(digits)) {
            throw new IllegalArgumentException("Not a valid CVR number: " + input);
        }
        return new Cvr(digits);
    }

    public static boolean isValid(String input) {
        String digits = normalise(input);
        if (digits == null || !digits.matches("\\d{8}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return sum % 11 == 0;
    }

    private static String normalise(String input) {
        return input == null ? null : input.replace(" ", "");
    }

    public String number() {
        return number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cvr cvr && Objects.equals(number, cvr.number);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(number);
    }

    @Override
    public String toString() {
        return number;
    }
}
