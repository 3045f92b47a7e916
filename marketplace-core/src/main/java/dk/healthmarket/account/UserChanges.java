package dk.healthmarket.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator may change about a user. */
public record UserChanges(
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<@NotNull Role> roles) {
}
