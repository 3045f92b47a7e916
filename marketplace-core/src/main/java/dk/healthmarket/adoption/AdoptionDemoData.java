package dk.healthmarket.adoption;

import static dk.healthmarket.adoption.AdoptionStage.DISCONTINUED;
import static dk.healthmarket.adoption.AdoptionStage.IMPLEMENTATION;
import static dk.healthmarket.adoption.AdoptionStage.OPERATION;
import static dk.healthmarket.adoption.AdoptionStage.PILOT;

import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationRepository;
import dk.healthmarket.organisation.OrganisationType;
import dk.healthmarket.shared.DanishTime;
import dk.healthmarket.solution.Solution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Two years of invented adoptions of the approved demo solutions, so the index and the scaling
 * pages tell a story: one solution spreads to every region, some become regional, some stay in
 * pilots, one is stopped and one goes back to pilot. Every adoption goes through the real rules
 * (dates after approval, population below the region level, reasons going back). Added once.
 */
@ApplicationScoped
public class AdoptionDemoData {

    private static final String BY = "Demodata";

    /** One organisation's way with a solution: stage changes on days after the solution's approval. */
    record Story(OrganisationType type, String organisation, Integer population, List<Step> steps) {
    }

    record Step(AdoptionStage stage, int daysAfterApproval, String reason) {
    }

    private static final Map<String, List<Story>> STORIES = Map.ofEntries(
            Map.entry("KOL-monitor", List.of(
                    story(OrganisationType.MUNICIPALITY, "Aalborg Kommune", 220_000, step(PILOT, 20), step(OPERATION, 150)),
                    story(OrganisationType.REGION, "Region Nordjylland", null, step(IMPLEMENTATION, 120), step(OPERATION, 220)),
                    story(OrganisationType.REGION, "Region Midtjylland", null, step(PILOT, 180), step(OPERATION, 300)),
                    story(OrganisationType.REGION, "Region Syddanmark", null, step(PILOT, 260), step(IMPLEMENTATION, 380)),
                    story(OrganisationType.REGION, "Region Hovedstaden", null, step(IMPLEMENTATION, 330), step(OPERATION, 430)),
                    story(OrganisationType.REGION, "Region Sjælland", null, step(PILOT, 400), step(IMPLEMENTATION, 480)))),
            Map.entry("HjerteHjem", List.of(
                    story(OrganisationType.REGION, "Region Midtjylland", null, step(PILOT, 60), step(OPERATION, 240)),
                    story(OrganisationType.HOSPITAL, "Odense Universitetshospital", 500_000, step(PILOT, 200), step(IMPLEMENTATION, 420)))),
            Map.entry("HudFoto AI", List.of(
                    story(OrganisationType.GENERAL_PRACTICE, "Lægehuset Vestergade, Aalborg", 9_000, step(PILOT, 90)),
                    story(OrganisationType.GENERAL_PRACTICE, "Lægehuset Dalum", 7_500, step(PILOT, 210)),
                    story(OrganisationType.GENERAL_PRACTICE, "Lægerne på Nørrebro", 11_000, step(PILOT, 300)))),
            Map.entry("Akut-Triage", List.of(
                    story(OrganisationType.HOSPITAL, "Rigshospitalet", 700_000, step(PILOT, 45), step(DISCONTINUED, 260)))),
            Map.entry("DiaBeslut", List.of(
                    story(OrganisationType.GENERAL_PRACTICE, "Lægerne i Brabrand", 8_000, step(PILOT, 30), step(OPERATION, 120)))),
            Map.entry("MindRo", List.of(
                    story(OrganisationType.REGION, "Region Hovedstaden", null, step(PILOT, 100), step(IMPLEMENTATION, 250), step(OPERATION, 360)),
                    story(OrganisationType.REGION, "Region Sjælland", null, step(PILOT, 300)))),
            Map.entry("SundStart", List.of(
                    story(OrganisationType.MUNICIPALITY, "Aarhus Kommune", 360_000, step(PILOT, 40), step(OPERATION, 160)),
                    story(OrganisationType.MUNICIPALITY, "Odense Kommune", 205_000, step(IMPLEMENTATION, 200), step(OPERATION, 290)),
                    story(OrganisationType.MUNICIPALITY, "Næstved Kommune", 83_000, step(PILOT, 320), step(IMPLEMENTATION, 440)))),
            Map.entry("AstmaCoach", List.of(
                    story(OrganisationType.HEALTH_COMMUNITY, "Sundhedsfællesskab Fyn", 250_000, step(PILOT, 70)))),
            Map.entry("DemensRo", List.of(
                    story(OrganisationType.MUNICIPALITY, "Hjørring Kommune", 64_000, step(PILOT, 25), step(OPERATION, 110)),
                    story(OrganisationType.MUNICIPALITY, "Herning Kommune", 90_000, step(PILOT, 90), step(OPERATION, 200)),
                    story(OrganisationType.MUNICIPALITY, "Vejle Kommune", 120_000, step(PILOT, 150), step(OPERATION, 280)),
                    story(OrganisationType.MUNICIPALITY, "Roskilde Kommune", 90_000, step(PILOT, 240), step(IMPLEMENTATION, 390)),
                    story(OrganisationType.MUNICIPALITY, "Københavns Kommune", 650_000, step(PILOT, 330)))),
            Map.entry("OnkoPRO", List.of(
                    story(OrganisationType.HOSPITAL, "Aarhus Universitetshospital", 900_000, step(PILOT, 50), step(OPERATION, 230)),
                    story(OrganisationType.HOSPITAL, "Odense Universitetshospital", 500_000, step(PILOT, 380)))),
            Map.entry("SårSkan", List.of(
                    story(OrganisationType.MUNICIPALITY, "Københavns Kommune", 650_000, step(PILOT, 35), step(OPERATION, 140)),
                    story(OrganisationType.MUNICIPALITY, "Frederiksberg Kommune", 105_000, step(PILOT, 80), step(OPERATION, 200)),
                    story(OrganisationType.MUNICIPALITY, "Esbjerg Kommune", 115_000, step(PILOT, 120), step(OPERATION, 250),
                            new Step(PILOT, 340, "Ny platform i hjemmesygeplejen; afprøves igen før fuld drift.")))),
            Map.entry("BookingBot", List.of(
                    story(OrganisationType.REGION, "Region Nordjylland", null, step(IMPLEMENTATION, 60), step(OPERATION, 140)),
                    story(OrganisationType.REGION, "Region Midtjylland", null, step(PILOT, 200), step(OPERATION, 330)))));

    @Inject
    AdoptionRepository adoptions;

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    /** Adds the stories of the demo companies' approved solutions that have none yet; answers how many adoptions it added. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int load(List<Organisation> companies) {
        // asked of the database as a whole: a loaded database holds far more solutions than the demo's
        List<Solution> approved = em.createQuery("select s from Solution s where s.company in :companies and s.firstApprovedOn is not null "
                + "and not exists (select a from Adoption a where a.solution = s)", Solution.class).setParameter("companies", companies).getResultList();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DanishTime.ZONE);
        int added = 0;
        for (Solution solution : approved) {
            List<Story> stories = STORIES.get(solution.working().name());
            if (stories == null) {
                continue;
            }
            for (Story story : stories) {
                adoptions.add(tell(story, solution, now, today));
                added++;
            }
        }
        em.flush();
        return added;
    }

    private Adoption tell(Story story, Solution solution, Instant now, LocalDate today) {
        Organisation organisation = organisations.findByTypeAndName(story.type(), story.organisation())
                .orElseThrow(() -> new IllegalStateException("Demo organisation missing: " + story.organisation()));
        LocalDate approved = solution.firstApprovedOn().orElseThrow();
        Adoption adoption = new Adoption(solution, organisation, AdoptionSource.REPORTED, null, now);
        Step first = story.steps().get(0);
        adoption.begin(first.stage(), day(approved, first, today), figures(story, first.stage()), BY, now, today);
        for (Step step : story.steps().subList(1, story.steps().size())) {
            adoption.moveTo(step.stage(), day(approved, step, today), step.reason(), BY, now, today);
        }
        if (adoption.stage().reaches()) {
            adoption.change(figures(story, adoption.stage()));
        }
        return adoption;
    }

    /** What the adoption reaches: a region its population; enrolment and realised hours once in real use. */
    private static AdoptionFigures figures(Story story, AdoptionStage stage) {
        if (story.population() == null) {
            return new AdoptionFigures(null, stage.reaches() ? 4_000 : 300, stage.reaches() ? 9_000 : null);
        }
        int enrolled = Math.max(20, story.population() / 250);
        return new AdoptionFigures(story.population(), enrolled, stage.reaches() ? enrolled * 3 : null);
    }

    private static LocalDate day(LocalDate approved, Step step, LocalDate today) {
        LocalDate day = approved.plusDays(step.daysAfterApproval());
        return day.isAfter(today) ? today : day;
    }

    private static Story story(OrganisationType type, String organisation, Integer population, Step... steps) {
        return new Story(type, organisation, population, List.of(steps));
    }

    private static Step step(AdoptionStage stage, int daysAfterApproval) {
        return new Step(stage, daysAfterApproval, null);
    }
}
