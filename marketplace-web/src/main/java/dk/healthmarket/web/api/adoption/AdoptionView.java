package dk.healthmarket.web.api.adoption;

import dk.healthmarket.adoption.Adoption;
import dk.healthmarket.adoption.AdoptionFigures;
import dk.healthmarket.adoption.AdoptionSource;
import dk.healthmarket.adoption.AdoptionStage;
import dk.healthmarket.adoption.StagePeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An adoption as the API shows it: public, as the use of an approved solution by a public organisation is. */
public record AdoptionView(long id, long version, long solutionId, long organisationId, String organisation, String regionCode,
        boolean regionWide, AdoptionStage stage, LocalDate stageSince, AdoptionFigures figures, AdoptionSource source, Long tenderId,
        String verifiedBy, Instant verifiedAt, List<Period> history) {

    public record Period(AdoptionStage stage, LocalDate enteredOn, LocalDate leftOn, String reason, String changedBy) {

        static Period of(StagePeriod p) {
            return new Period(p.stage(), p.enteredOn(), p.leftOn().orElse(null), p.reason().orElse(null), p.changedBy());
        }
    }

    public static AdoptionView of(Adoption a) {
        return new AdoptionView(a.id(), a.version(), a.solution().id(), a.organisation().id(), a.organisation().name(), a.regionCode().orElse(null),
                a.regionWide(), a.stage(), a.stageSince(), a.figures(), a.source(), a.tenderId().orElse(null), a.verifiedBy().orElse(null),
                a.verifiedAt().orElse(null), a.history().stream().map(Period::of).toList());
    }
}
