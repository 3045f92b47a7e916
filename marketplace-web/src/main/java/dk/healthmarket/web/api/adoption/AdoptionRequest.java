package dk.healthmarket.web.api.adoption;

import dk.healthmarket.adoption.AdoptionFigures;
import dk.healthmarket.adoption.AdoptionStage;
import java.time.LocalDate;

/** A new adoption: the stage it starts in, from which day, and what it reaches so far. */
public record AdoptionRequest(AdoptionStage stage, LocalDate on, Integer populationCovered, Integer enrolled, Integer hoursSavedPerYear) {

    AdoptionFigures figures() {
        return new AdoptionFigures(populationCovered, enrolled, hoursSavedPerYear);
    }
}
