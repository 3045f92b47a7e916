package dk.healthmarket.search;

import java.util.Optional;

/** Who is searching: anyone, someone of an organisation, or a reviewer, who finds everything. */
public record Viewer(Optional<Long> organisationId, boolean reviewer) {

    public static final Viewer ANONYMOUS = new Viewer(Optional.empty(), false);

    public static Viewer of(Long organisationId, boolean reviewer) {
        return new Viewer(Optional.ofNullable(organisationId), reviewer);
    }

    /** The audiences whose documents this viewer finds. */
    Audience[] audiences() {
        if (reviewer) {
            return new Audience[] {Audience.PUBLIC, Audience.REVIEWERS};
        }
        return organisationId.map(id -> new Audience[] {Audience.PUBLIC, Audience.organisation(id)}).orElse(new Audience[] {Audience.PUBLIC});
    }
}
