package dk.healthmarket.web.ui.adoption;

import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import dk.healthmarket.adoption.Adoption;
import dk.healthmarket.adoption.AdoptionChange;
import dk.healthmarket.adoption.AdoptionFigures;
import dk.healthmarket.adoption.AdoptionService;
import dk.healthmarket.adoption.AdoptionStage;
import dk.healthmarket.adoption.Scaling;
import dk.healthmarket.shared.NotFoundException;
import dk.healthmarket.web.api.adoption.AdoptionView;
import dk.healthmarket.web.ui.UiErrors;
import dk.healthmarket.web.ui.Charts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where an approved solution is used, on its public page: how it has scaled, its use over time, its
 * diffusion curve and adopters, and every adoption. A buyer records and advances its own
 * organisation's use there; a reviewer verifies adoptions.
 */
@Named
@ViewScoped
public class SolutionAdoptionView implements Serializable {

    private static final Map<String, String> INPUTS = Map.of("stage", "adoption:stage", "on", "adoption:on", "reason", "adoption:reason",
            "populationCovered", "adoption:population", "enrolled", "adoption:enrolled", "hoursSavedPerYear", "adoption:hours");

    @Inject
    AdoptionService adoptions;

    @Inject
    Caller caller;

    private long solutionId;
    private Scaling scaling;
    private List<AdoptionView> all = List.of();
    private AdoptionView own;
    private final Form form = new Form();

    /** What the buyer fills in: a stage from a day, with a reason going back, and the figures. */
    public static class Form implements Serializable {
        private AdoptionStage stage;
        private LocalDate on;
        private String reason;
        private Integer population;
        private Integer enrolled;
        private Integer hours;

        public AdoptionStage getStage() { return stage; }
        public void setStage(AdoptionStage stage) { this.stage = stage; }
        public LocalDate getOn() { return on; }
        public void setOn(LocalDate on) { this.on = on; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public Integer getPopulation() { return population; }
        public void setPopulation(Integer population) { this.population = population; }
        public Integer getEnrolled() { return enrolled; }
        public void setEnrolled(Integer enrolled) { this.enrolled = enrolled; }
        public Integer getHours() { return hours; }
        public void setHours(Integer hours) { this.hours = hours; }

        AdoptionFigures figures() {
            return new AdoptionFigures(population, enrolled, hours);
        }
    }

    /** Reads the solution's scaling and adoptions; a solution not approved has none, and the section stays away. */
    public void load(Long id) {
        scaling = null;
        if (id == null) {
            return;
        }
        solutionId = id;
        try {
            scaling = adoptions.scaling(id);
            all = adoptions.ofSolution(id).stream().map(AdoptionView::of).toList();
            own = adoptions.ofCallersOrganisation(id).map(AdoptionView::of).orElse(null);
        } catch (NotFoundException notApproved) {
            all = List.of();
        }
        if (own != null) {
            form.population = own.figures().populationCovered();
            form.enrolled = own.figures().enrolled();
            form.hours = own.figures().hoursSavedPerYear();
        }
    }

    /** Records the buyer's organisation's use, or changes it: a new stage (if chosen) and the figures. */
    public void save() {
        boolean saved = UiErrors.attempt(() -> {
            if (own == null) {
                adoptions.record(solutionId, form.stage, form.on, form.figures());
            } else {
                adoptions.change(own.id(), own.version(), new AdoptionChange(form.stage, form.on, form.reason, form.figures(), null));
            }
        }, INPUTS);
        if (saved) {
            UiErrors.info(UiErrors.text("adoption.saved"));
            form.stage = null;
            form.on = null;
            form.reason = null;
            load(solutionId);
        }
    }

    /** A reviewer confirms an adoption against its sources. */
    public void verify(long adoptionId, long version) {
        if (UiErrors.attempt(() -> adoptions.change(adoptionId, version, new AdoptionChange(null, null, null, null, true)), Map.of())) {
            UiErrors.info(UiErrors.text("adoption.verifiedNow"));
            load(solutionId);
        }
    }

    public boolean isMayRecord() {
        return scaling != null && caller.hasRole(Role.BUYER);
    }

    public boolean isMayVerify() {
        return caller.hasRole(Role.REVIEWER);
    }

    /** Organisations in each stage, quarter by quarter since approval. */
    public String getTimelineChart() {
        List<String> labels = scaling.timeline().stream().map(Scaling.QuarterInUse::quarter).toList();
        List<Charts.Series> series = List.of(
                series(AdoptionStage.PILOT, 2, scaling.timeline().stream().map(q -> (double) q.pilot()).toList()),
                series(AdoptionStage.IMPLEMENTATION, 3, scaling.timeline().stream().map(q -> (double) q.implementation()).toList()),
                series(AdoptionStage.OPERATION, 1, scaling.timeline().stream().map(q -> (double) q.operation()).toList()));
        return Charts.line(labels, series, Math.max(1, all.size()));
    }

    /** The diffusion curve: how many organisations had started using the solution by each adopter's first day. */
    public String getDiffusionChart() {
        List<String> labels = new ArrayList<>();
        List<Double> cumulative = new ArrayList<>();
        for (int i = 0; i < scaling.adopters().size(); i++) {
            labels.add(scaling.adopters().get(i).started().toString());
            cumulative.add((double) i + 1);
        }
        return Charts.line(labels, List.of(new Charts.Series(UiErrors.text("adoption.adopters"), Charts.COLOURS.get(5), cumulative, true)),
                Math.max(1, cumulative.size()));
    }

    private static Charts.Series series(AdoptionStage stage, int colour, List<Double> values) {
        return new Charts.Series(UiErrors.text("adoptionStage." + stage), Charts.COLOURS.get(colour), values, stage == AdoptionStage.OPERATION);
    }

    public List<AdoptionStage> getStages() {
        return List.of(AdoptionStage.values());
    }

    public Scaling getScaling() {
        return scaling;
    }

    public List<AdoptionView> getAll() {
        return all;
    }

    public AdoptionView getOwn() {
        return own;
    }

    public Form getForm() {
        return form;
    }
}
