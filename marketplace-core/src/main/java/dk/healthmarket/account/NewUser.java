package dk.healthmarket.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator enters to create a user. */
public record NewUser(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull Long organisationId,
        @NotEmpty Set<@NotNull Role> roles,
        @NotNull String password) {

    @Override
    public String toString() {
        return "NewUser[" + email + ", " + roles + ", organisation " + organisationId + "]";
    }
}
