package dk.healthmarket.adoption;

import java.time.LocalDate;

/**
 * One change to an adoption, applied whole or not at all: a move to another stage (with its day and,
 * going back, a reason), new figures (those left out keep their value), and a reviewer's verification.
 */
public record AdoptionChange(AdoptionStage stage, LocalDate on, String reason, AdoptionFigures figures, Boolean verified) {

    boolean changesUse() {
        return stage != null || figures != null;
    }

    AdoptionFigures mergedWith(AdoptionFigures current) {
        if (figures == null) {
            return current;
        }
        return new AdoptionFigures(
                figures.populationCovered() != null ? figures.populationCovered() : current.populationCovered(),
                figures.enrolled() != null ? figures.enrolled() : current.enrolled(),
                figures.hoursSavedPerYear() != null ? figures.hoursSavedPerYear() : current.hoursSavedPerYear());
    }
}
