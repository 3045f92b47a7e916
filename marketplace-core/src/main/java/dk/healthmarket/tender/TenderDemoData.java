package dk.healthmarket.tender;

import dk.healthmarket.account.UserAccount;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchOutbox;
import dk.healthmarket.solution.PopulationSegment;
import dk.healthmarket.solution.SolutionCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo tenders in every state, with a history: each is taken through the real domain rules
 * (publication, questions, bids, closing, opening, scoring, award) at instants in the past, so a
 * closed tender's bids were received before its deadline like any other. Only added when missing.
 */
@ApplicationScoped
public class TenderDemoData {

    private static final Duration DAY = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    OpenData openData;

    @Inject
    AuditLog audit;

    @Inject
    SearchOutbox outbox;

    @Inject
    Clock clock;

    /** Who takes part: the lead buyer's buyer, other public buyers, and supplier accounts of different companies. */
    public record Cast(Organisation lead, List<Organisation> participants, List<UserAccount> suppliers) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int load(Cast cast) {
        Instant now = clock.instant();
        int added = 0;
        added += ensure("Digital medicinhåndtering i hjemmeplejen", cast, t -> { });
        added += ensure("Hjemmemonitorering af KOL- og hjertepatienter", cast, t -> published(t, cast, now.minus(DAY.multipliedBy(5))));
        added += ensure("Faldsensorer og intelligente sengealarmer til plejecentre", cast, t -> closed(t, cast, now.minus(DAY.multipliedBy(40))));
        added += ensure("Telemedicinsk sårvurdering i kommunal sygepleje", cast, t -> {
            closed(t, cast, now.minus(DAY.multipliedBy(45)));
            t.open(now.minus(DAY.multipliedBy(3)));
            bidsOf(t).get(0).assess(Map.of("Kvalitet", 8, "Arbejdskraftbesparelse", 6), null);
        });
        added += ensure("Medicinrobotter til hjemmeboende borgere", cast, t -> {
            closed(t, cast, now.minus(DAY.multipliedBy(50)));
            award(t, now.minus(DAY.multipliedBy(3)));
        });
        added += ensure("Videokonsultation til almen praksis", cast, t -> {
            closed(t, cast, now.minus(DAY.multipliedBy(90)));
            award(t, now.minus(DAY.multipliedBy(40)));
            t.conclude(now.minus(DAY.multipliedBy(25)));
            release(t, ReleaseTag.CONTRACT);
        });
        added += ensure("Talegenkendelse til klinisk dokumentation", cast, t -> {
            published(t, cast, now.minus(DAY.multipliedBy(10)));
            t.cancel("Behovet dækkes af den nationale rammeaftale for talegenkendelse.");
            release(t, ReleaseTag.TENDER_CANCELLATION);
        });
        return added;
    }

    private interface History {
        void on(Tender tender);
    }

    private int ensure(String title, Cast cast, History history) {
        boolean present = !em.createQuery("select t.id from Tender t where t.title = :title and t.leadBuyer.id = :lead", Long.class)
                .setParameter("title", title).setParameter("lead", cast.lead().id()).getResultList().isEmpty();
        if (present) {
            return 0;
        }
        Instant created = clock.instant().minus(DAY.multipliedBy(120));
        List<TenderParticipant> participants = cast.participants().stream()
                .map(o -> new TenderParticipant(o, BigDecimal.valueOf(100 / (cast.participants().size() + 1)))).toList();
        Tender tender = new Tender(cast.lead(), draft(title, clock.instant().plus(DAY.multipliedBy(35))), participants, created);
        em.persist(tender);
        em.flush();
        history.on(tender);
        em.flush();
        audit.record("tender.demoLoaded", TenderService.AUDIT_TYPE, tender.id(), tender.status().name());
        outbox.changed(IndexedType.TENDER, tender.id());
        return 1;
    }

    /** Published at {@code at} with 35 days for bids, a question answered, and (if still open) two sealed bids. */
    private void published(Tender tender, Cast cast, Instant at) {
        reschedule(tender, at);
        tender.publish(at, Period.ZERO);
        release(tender, ReleaseTag.TENDER);
        var question = new ClarificationQuestion(tender, cast.suppliers().get(0), "Skal løsningen kunne integreres med FMK og MedCom-standarderne?", at.plus(DAY));
        em.persist(question);
        question.answer("Ja. Integration med FMK og MedCom-standarderne er et mindstekrav.", at.plus(DAY.multipliedBy(2)));
        bid(tender, cast.suppliers().get(0), "1450000", "Dokumenteret i tre regioner; 24/7 support.", at.plus(DAY.multipliedBy(3)));
        bid(tender, cast.suppliers().get(1), "1290000", "CE-mærket klasse IIa; dansk brugerflade.", at.plus(DAY.multipliedBy(4)));
    }

    /** Published at {@code at}, three bids received, closed at its deadline. */
    private void closed(Tender tender, Cast cast, Instant at) {
        published(tender, cast, at);
        bid(tender, cast.suppliers().get(2), "1375000", "Implementering på 8 uger; 2 timer sparet pr. borger om ugen.", at.plus(DAY.multipliedBy(5)));
        tender.close(tender.deadlines().submission());
        release(tender, ReleaseTag.TENDER_UPDATE);
    }

    /** Opens, scores every bid and awards each lot to its best-ranked bid at {@code at}, ten days' standstill. */
    private void award(Tender tender, Instant at) {
        tender.open(at.minus(DAY.multipliedBy(5)));
        int score = 9;
        for (Bid bid : bidsOf(tender)) {
            bid.assess(Map.of("Kvalitet", score, "Arbejdskraftbesparelse", score - 2), null);
            score -= 2;
        }
        em.flush();
        for (LotRanking ranking : Evaluation.rank(tender, bidsOf(tender))) {
            em.persist(new TenderAward(tender, ranking.lot(), ranking.winner().map(LotRanking.Entry::bid).orElse(null),
                    "Bedste forhold mellem pris, kvalitet og arbejdskraftbesparelse.", at));
        }
        tender.award(at, at.plus(DAY.multipliedBy(10)));
        em.flush();
        release(tender, ReleaseTag.AWARD);
    }

    private void bid(Tender tender, UserAccount supplier, String price, String quality, Instant receivedAt) {
        tender.requireAcceptsBidsReceivedAt(receivedAt);
        var submission = new BidSubmission(List.of(new BidSubmission.Offer(1, new BigDecimal(price), null)),
                Map.of("Kvalitet", quality, "Arbejdskraftbesparelse", "Målt i pilotdrift: " + quality.length() % 5 + " timer pr. uge."));
        var content = submission.content(tender.id(), supplier.organisation().cvr().orElseThrow().number(), List.of());
        em.persist(new Bid(tender, supplier, content, List.of(), receivedAt, null));
        em.flush();
    }

    private List<Bid> bidsOf(Tender tender) {
        return em.createQuery("select b from Bid b where b.tender = :tender order by b.receivedAt", Bid.class)
                .setParameter("tender", tender).getResultList();
    }

    private void release(Tender tender, ReleaseTag tag) {
        em.flush();
        openData.release(tender, tag);
    }

    /** Moves the draft's deadlines to follow a publication at {@code at}. */
    private static void reschedule(Tender tender, Instant at) {
        var draft = draft(tender.title(), at.plus(DAY.multipliedBy(35)));
        tender.edit(draft, tender.participants());
    }

    private static TenderDraft draft(String title, Instant submission) {
        return new TenderDraft(title,
                title + ". Fælles udbud for regioner og kommuner under den nationale sundhedsorganisation; løsningen skal dokumenteres "
                        + "efter rammen for dokumentation af sundhedsløsninger (evidens, klinisk sikkerhed, databeskyttelse, sikkerhed, "
                        + "interoperabilitet, brugervenlighed og arbejdskraftbesparelse).",
                Procedure.OPEN, new BigDecimal("4800000"), "33190000", List.of("48180000", "72260000"), List.of(),
                List.of(new TenderDraft.LotDraft("Løsning, drift og support", "Løsning inklusive implementering og fire års drift.", new BigDecimal("4800000"))),
                List.of(new AwardCriterion("Pris", CriterionKind.PRICE, 40), new AwardCriterion("Kvalitet", CriterionKind.QUALITY, 35),
                        new AwardCriterion("Arbejdskraftbesparelse", CriterionKind.LABOUR_SAVING, 25)),
                submission.minus(DAY.multipliedBy(10)), submission, submission.plus(DAY.multipliedBy(30)),
                Set.of(SolutionCategory.FALL_PREVENTION_AND_SENSORS, SolutionCategory.REMOTE_PATIENT_MONITORING),
                Set.of(PopulationSegment.ELDER_CARE, PopulationSegment.COMPLEX_CHRONIC_DISEASE));
    }
}
