package dk.healthmarket.web.api.solution;

import dk.healthmarket.organisation.Cvr;
import dk.healthmarket.shared.DanishTime;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.solution.AssessmentDomain;
import dk.healthmarket.solution.CareSetting;
import dk.healthmarket.solution.Completeness;
import dk.healthmarket.solution.Condition;
import dk.healthmarket.solution.ContentLanguage;
import dk.healthmarket.solution.Documentation;
import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.Solution;
import dk.healthmarket.solution.SolutionAttachment;
import dk.healthmarket.solution.SolutionCategory;
import dk.healthmarket.solution.SolutionReading;
import dk.healthmarket.solution.SolutionRevision;
import dk.healthmarket.solution.SolutionStatus;
import java.time.Instant;
import java.time.LocalDate;
import dk.healthmarket.web.api.document.DocumentView;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A solution as its reader may see it: the approved (public) revision, and the working revision
 * for its company and reviewers, with what its documentation still lacks.
 */
public record SolutionView(long id, long version, Company company, Revision approved, Revision working,
        List<Documentation.Expiry> expiredCertificates) {

    public record Company(long id, String name, String cvr) {
    }

    /** Whether a reviewer has checked a domain's claims and attachments against their sources; SELF_DECLARED until one has. */
    public record Provenance(String status, String validatedBy, Instant validatedAt, Integer validatedInRevision) {

        static final Provenance SELF_DECLARED = new Provenance("SELF_DECLARED", null, null, null);

        static Provenance of(Solution s, SolutionRevision r, AssessmentDomain domain) {
            return s.provenance(r, domain).map(v -> new Provenance("VALIDATED", v.validatedBy().displayName(), v.validatedAt(), v.revisionNumber()))
                    .orElse(SELF_DECLARED);
        }
    }

    /** A document supporting one domain. */
    public record Attachment(long id, AssessmentDomain domain, DocumentView document) {

        public static Attachment of(SolutionAttachment a) {
            return new Attachment(a.id(), a.domain(), DocumentView.of(a.document()));
        }
    }

    /** A revision in the list of a solution's revisions. */
    public record RevisionSummary(int number, SolutionStatus status, String name, Instant createdAt, Instant submittedAt, Instant decidedAt) {

        public static RevisionSummary of(SolutionRevision r) {
            return new RevisionSummary(r.number(), r.status(), r.name(), r.createdAt(), r.submittedAt().orElse(null), r.decidedAt().orElse(null));
        }
    }

    public record Revision(int number, SolutionStatus status, String name, String summary, String description,
            Set<ContentLanguage> languages, Set<SolutionCategory> categories, Set<Condition> conditions,
            Set<PopulationSegment> populationSegments, Set<CareSetting> careSettings, String priceModel, String contact,
            String customerReferences, String reviewResponse, Documentation documentation, Map<AssessmentDomain, List<String>> missing,
            Map<AssessmentDomain, Provenance> provenance, List<Attachment> attachments,
            Instant createdAt, Instant submittedAt, Instant decidedAt) {

        public static Revision of(SolutionRevision r, Instant now) {
            Map<AssessmentDomain, List<String>> missing = new LinkedHashMap<>();
            Completeness.missing(r.documentation(), LocalDate.ofInstant(now, DanishTime.ZONE))
                    .forEach((domain, gaps) -> missing.put(domain, gaps.stream().map(FieldError::field).toList()));
            Map<AssessmentDomain, Provenance> provenance = new EnumMap<>(AssessmentDomain.class);
            for (AssessmentDomain domain : AssessmentDomain.values()) {
                provenance.put(domain, Provenance.of(r.solution(), r, domain));
            }
            return new Revision(r.number(), r.status(), r.name(), r.summary(), r.description(), r.languages(), r.categories(),
                    r.conditions(), r.populationSegments(), r.careSettings(), r.priceModel().orElse(null), r.contact().orElse(null),
                    r.customerReferences().orElse(null), r.reviewResponse().orElse(null), r.documentation(), missing, provenance,
                    r.attachments().stream().map(Attachment::of).toList(), r.createdAt(), r.submittedAt().orElse(null),
                    r.decidedAt().orElse(null));
        }
    }

    /** A solution in a list: its approved revision for the catalogue, its working one for its company. */
    public record Summary(long id, String name, String summary, SolutionStatus status, Set<SolutionCategory> categories, String company) {

        public static Summary approved(Solution s) {
            SolutionRevision r = s.approved().orElseThrow();
            return new Summary(s.id(), r.name(), r.summary(), r.status(), r.categories(), s.company().name());
        }

        public static Summary working(Solution s) {
            SolutionRevision r = s.working();
            return new Summary(s.id(), r.name(), r.summary(), r.status(), r.categories(), s.company().name());
        }
    }

    /** The view; the company and reviewers (who read the working revision) also see expired certificates, which call for a new review. */
    public static SolutionView of(SolutionReading reading, Instant now) {
        Solution s = reading.solution();
        return new SolutionView(s.id(), s.version(), new Company(s.company().id(), s.company().name(), s.company().cvr().map(Cvr::number).orElse(null)),
                s.approved().map(r -> Revision.of(r, now)).orElse(null), reading.working().map(r -> Revision.of(r, now)).orElse(null),
                reading.working().isPresent() ? s.expiredCertificates(LocalDate.ofInstant(now, DanishTime.ZONE)) : null);
    }
}
