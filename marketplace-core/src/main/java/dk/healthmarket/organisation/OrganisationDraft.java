package dk.healthmarket.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to create or change an organisation. */
public record OrganisationDraft(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationType type,
        @Pattern(regexp = "DK-8[1-5]", message = "must be one of DK-81, DK-82, DK-83, DK-84, DK-85") String regionCode,
        @CvrNumber String cvr) {
}
