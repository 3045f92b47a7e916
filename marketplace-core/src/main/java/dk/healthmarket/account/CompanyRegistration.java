package dk.healthmarket.account;

import dk.healthmarket.organisation.CvrNumber;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A company joining the marketplace, with its first supplier user. */
public record CompanyRegistration(
        @NotBlank @Size(max = 200) String companyName,
        @NotBlank @CvrNumber String cvr,
        @NotBlank @Size(max = 200) String contactName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull String password) {

    @Override
    public String toString() {
        return "CompanyRegistration[" + companyName + ", CVR " + cvr + ", " + email + "]";
    }
}
