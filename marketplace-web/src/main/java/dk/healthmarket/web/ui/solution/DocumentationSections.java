package dk.healthmarket.web.ui.solution;

import dk.healthmarket.solution.AssessmentDomain;
import dk.healthmarket.web.api.solution.SolutionView;
import dk.healthmarket.web.ui.UiErrors;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.solution.Completeness;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A revision's documentation laid out per assessment domain, as the solution pages show it. */
public final class DocumentationSections {

    /** Something a domain still lacks: the field, and what is wrong, in the reader's language. */
    public record Gap(String field, String message) implements Serializable {
    }

    /** One domain: whether a reviewer validated it, its attachments, and what it still lacks. */
    public record Section(AssessmentDomain domain, SolutionView.Provenance provenance, List<SolutionView.Attachment> attachments,
            List<Gap> missing) implements Serializable {

        public boolean isValidated() {
            return "VALIDATED".equals(provenance.status());
        }
    }

    private DocumentationSections() {
    }

    /** The sections of a revision, with its gaps as of {@code today} in the page's language. */
    public static List<Section> of(SolutionView.Revision revision, LocalDate today) {
        if (revision == null) {
            return List.of();
        }
        Locale locale = UiErrors.locale(FacesContext.getCurrentInstance());
        Map<AssessmentDomain, List<FieldError>> gaps = Completeness.missing(revision.documentation(), today);
        return Arrays.stream(AssessmentDomain.values())
                .map(domain -> new Section(domain, revision.provenance().get(domain),
                        revision.attachments().stream().filter(a -> a.domain() == domain).toList(),
                        gaps.getOrDefault(domain, List.of()).stream().map(g -> new Gap(g.field(), g.text().in(locale))).toList()))
                .toList();
    }
}
