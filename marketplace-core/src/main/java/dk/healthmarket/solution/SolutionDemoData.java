package dk.healthmarket.solution;

import dk.healthmarket.account.UserAccount;
import dk.healthmarket.audit.AuditLog;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchOutbox;
import dk.healthmarket.shared.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sixty demo solutions of the demo companies: twenty kinds of health and care technology in three
 * editions each, in Danish or English, across every category and segment and in every review
 * state, each taken through the real rules (completeness, review, decision) at dates in the past.
 * All invented, including the studies' DOIs (the 10.5555 test prefix). Added once.
 */
@ApplicationScoped
public class SolutionDemoData {

    private record Kind(String name, String danish, String english, SolutionCategory category, Condition condition,
            PopulationSegment segment, CareSetting setting, MdrClass mdrClass, EvidenceLevel level, StaffGroup staff, double hours) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("KOL-monitor", "Hjemmemonitorering af KOL med tablet, iltmætning og vægt.", "Home monitoring of COPD with tablet, oxygen saturation and weight.",
                    SolutionCategory.REMOTE_PATIENT_MONITORING, Condition.COPD, PopulationSegment.COMPLEX_CHRONIC_DISEASE, CareSetting.HOME, MdrClass.CLASS_IIA, EvidenceLevel.TIER_C, StaffGroup.NURSE, 6.5),
            new Kind("HjerteHjem", "Telemedicinsk opfølgning på hjertesvigt med daglige målinger.", "Telemedicine follow-up of heart failure with daily readings.",
                    SolutionCategory.TELEMEDICINE_HOME_TREATMENT, Condition.HEART_FAILURE, PopulationSegment.COMPLEX_CHRONIC_DISEASE, CareSetting.HOME, MdrClass.CLASS_IIA, EvidenceLevel.TIER_C, StaffGroup.NURSE, 5.0),
            new Kind("HudFoto AI", "AI-vurdering af hudlæsioner fra lægepraksis.", "AI assessment of skin lesions from general practice.",
                    SolutionCategory.AI_DIAGNOSTICS, Condition.SKIN_DISEASE, PopulationSegment.SELF_RELIANT, CareSetting.GP_PRACTICE, MdrClass.CLASS_IIB, EvidenceLevel.TIER_C, StaffGroup.DOCTOR, 1.2),
            new Kind("Akut-Triage", "AI-støttet visitation i akutmodtagelsen.", "AI-supported triage in the emergency department.",
                    SolutionCategory.AI_TRIAGE, Condition.OTHER, PopulationSegment.ACUTE_SERIOUS_ILLNESS, CareSetting.HOSPITAL, MdrClass.CLASS_IIA, EvidenceLevel.TIER_C, StaffGroup.NURSE, 0.8),
            new Kind("DiaBeslut", "Beslutningsstøtte til insulinjustering.", "Decision support for insulin adjustment.",
                    SolutionCategory.DECISION_SUPPORT, Condition.DIABETES, PopulationSegment.LESS_COMPLEX_CHRONIC_DISEASE, CareSetting.GP_PRACTICE, MdrClass.CLASS_IIA, EvidenceLevel.TIER_C, StaffGroup.DOCTOR, 1.5),
            new Kind("MindRo", "Digital kognitiv adfærdsterapi mod angst og depression.", "Digital cognitive behavioural therapy for anxiety and depression.",
                    SolutionCategory.DIGITAL_THERAPEUTICS, Condition.MENTAL_HEALTH, PopulationSegment.LESS_COMPLEX_CHRONIC_DISEASE, CareSetting.HOME, MdrClass.CLASS_IIA, EvidenceLevel.TIER_C, StaffGroup.THERAPIST, 4.0),
            new Kind("MediDose", "Medicinrobot der doserer og minder borgeren om medicin.", "Medication robot that dispenses and reminds the citizen.",
                    SolutionCategory.MEDICATION_MANAGEMENT, Condition.FRAILTY, PopulationSegment.ELDER_CARE, CareSetting.MUNICIPAL_CARE, MdrClass.CLASS_I, EvidenceLevel.TIER_B, StaffGroup.CARE_WORKER, 26.0),
            new Kind("GenoptræningNu", "Videovejledt genoptræning efter hofteoperation.", "Video-guided rehabilitation after hip surgery.",
                    SolutionCategory.REHABILITATION, Condition.FRAILTY, PopulationSegment.ELDER_CARE, CareSetting.HOME, MdrClass.CLASS_I, EvidenceLevel.TIER_B, StaffGroup.THERAPIST, 8.0),
            new Kind("FaldVagt", "Radarsensor der opdager fald uden kamera.", "Radar sensor that detects falls without a camera.",
                    SolutionCategory.FALL_PREVENTION_AND_SENSORS, Condition.FRAILTY, PopulationSegment.ELDER_CARE, CareSetting.NURSING_HOME, MdrClass.NOT_A_DEVICE, EvidenceLevel.TIER_B, StaffGroup.CARE_WORKER, 12.0),
            new Kind("JournalTale", "Talegenkendelse til klinisk dokumentation.", "Speech recognition for clinical documentation.",
                    SolutionCategory.ADMINISTRATIVE_AUTOMATION, Condition.OTHER, PopulationSegment.ACUTE_SERIOUS_ILLNESS, CareSetting.HOSPITAL, MdrClass.NOT_A_DEVICE, EvidenceLevel.TIER_A, StaffGroup.ADMINISTRATIVE, 3.0),
            new Kind("SundStart", "Digitalt forebyggelsesforløb for borgere med overvægt.", "Digital prevention programme for citizens living with obesity.",
                    SolutionCategory.PREVENTION, Condition.OBESITY, PopulationSegment.INCREASED_RISK, CareSetting.MUNICIPAL_CARE, MdrClass.NOT_A_DEVICE, EvidenceLevel.TIER_B, StaffGroup.THERAPIST, 2.0),
            new Kind("AstmaCoach", "App til astmakontrol med inhalatorsensor.", "Asthma control app with an inhaler sensor.",
                    SolutionCategory.DIGITAL_THERAPEUTICS, Condition.ASTHMA, PopulationSegment.LESS_COMPLEX_CHRONIC_DISEASE, CareSetting.HOME, MdrClass.CLASS_I, EvidenceLevel.TIER_B, StaffGroup.NURSE, 1.0),
            new Kind("DemensRo", "Nattesensorer og lys der mindsker uro hos borgere med demens.", "Night sensors and light that reduce restlessness in dementia.",
                    SolutionCategory.FALL_PREVENTION_AND_SENSORS, Condition.DEMENTIA, PopulationSegment.ELDER_CARE, CareSetting.NURSING_HOME, MdrClass.NOT_A_DEVICE, EvidenceLevel.TIER_B, StaffGroup.CARE_WORKER, 18.0),
            new Kind("OnkoPRO", "Patientrapporterede symptomer under kemoterapi.", "Patient-reported symptoms during chemotherapy.",
                    SolutionCategory.REMOTE_PATIENT_MONITORING, Condition.CANCER, PopulationSegment.ACUTE_SERIOUS_ILLNESS, CareSetting.HOSPITAL, MdrClass.CLASS_I, EvidenceLevel.TIER_C, StaffGroup.NURSE, 3.5),
            new Kind("SårSkan", "Fotobaseret sårvurdering i hjemmesygeplejen.", "Photo-based wound assessment in home nursing.",
                    SolutionCategory.TELEMEDICINE_HOME_TREATMENT, Condition.OTHER, PopulationSegment.ELDER_CARE, CareSetting.MUNICIPAL_CARE, MdrClass.CLASS_I, EvidenceLevel.TIER_B, StaffGroup.NURSE, 7.0),
            new Kind("BookingBot", "Automatisk booking og påmindelser i ambulatoriet.", "Automated booking and reminders in outpatient clinics.",
                    SolutionCategory.ADMINISTRATIVE_AUTOMATION, Condition.OTHER, PopulationSegment.SELF_RELIANT, CareSetting.HOSPITAL, MdrClass.NOT_A_DEVICE, EvidenceLevel.TIER_A, StaffGroup.ADMINISTRATIVE, 0.5),
            new Kind("EKG-Lomme", "Håndholdt EKG med AI-fortolkning af atrieflimren.", "Handheld ECG with AI interpretation of atrial fibrillation.",
                    SolutionCategory.AI_DIAGNOSTICS, Condition.HEART_FAILURE, PopulationSegment.INCREASED_RISK, CareSetting.GP_PRACTICE, MdrClass.CLASS_IIA, EvidenceLevel.TIER_C, StaffGroup.DOCTOR, 0.7),
            new Kind("VæskeVagt", "Sensor-drikkekop der registrerer væskeindtag.", "Sensor cup that records fluid intake.",
                    SolutionCategory.PREVENTION, Condition.FRAILTY, PopulationSegment.ELDER_CARE, CareSetting.NURSING_HOME, MdrClass.NOT_A_DEVICE, EvidenceLevel.TIER_A, StaffGroup.CARE_WORKER, 9.0),
            new Kind("ApoteksDosis", "Dosisdispensering koordineret med apoteket.", "Multi-dose dispensing coordinated with the pharmacy.",
                    SolutionCategory.MEDICATION_MANAGEMENT, Condition.OTHER, PopulationSegment.COMPLEX_CHRONIC_DISEASE, CareSetting.PHARMACY, MdrClass.NOT_A_DEVICE, EvidenceLevel.TIER_A, StaffGroup.NURSE, 4.5),
            new Kind("SkærmBesøg", "Skærmbesøg i hjemmeplejen i stedet for korte fysiske besøg.", "Screen visits in home care instead of short physical visits.",
                    SolutionCategory.TELEMEDICINE_HOME_TREATMENT, Condition.FRAILTY, PopulationSegment.ELDER_CARE, CareSetting.MUNICIPAL_CARE, MdrClass.NOT_A_DEVICE, EvidenceLevel.TIER_B, StaffGroup.CARE_WORKER, 30.0));

    private static final int OLDEST_DAYS = 830;
    private static final String[] EDITIONS = {"", " Pro", " Kommune"};

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SearchOutbox outbox;

    @Inject
    Clock clock;

    /** Adds the demo solutions unless the demo companies have solutions already; answers how many it added. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int load(List<Organisation> companies, UserAccount reviewer) {
        boolean present = !em.createQuery("select s.id from Solution s where s.company = :company", Long.class)
                .setParameter("company", companies.get(0)).setMaxResults(1).getResultList().isEmpty();
        if (present) {
            return 0;
        }
        Instant now = clock.instant();
        int added = 0;
        List<SolutionDraft> drafts = drafts(LocalDate.ofInstant(now, DanishTime.ZONE));
        for (int i = 0; i < drafts.size(); i++) {
            Instant created = created(i, now);
            Solution solution = new Solution(companies.get(i % companies.size()), created);
            em.persist(solution);
            em.flush();
            em.persist(solution.start(drafts.get(i), created));
            em.flush();
            takeThroughReview(solution, reviewer, i, now);
            audit.record("solution.demoLoaded", SolutionService.AUDIT_TYPE, solution.id(), solution.working().status().name());
            outbox.changed(IndexedType.SOLUTION, solution.id());
            added++;
        }
        return added;
    }

    /**
     * The first edition of each kind came two years ago or more, so their adoptions have eight
     * quarters to tell, and their penetration tests, a year old by now, make them due for review again;
     * the others came this year.
     */
    private static Instant created(int i, Instant now) {
        return now.minus(Duration.ofDays(i < KINDS.size() ? OLDEST_DAYS - 20L * i : 200 - i));
    }

    /** The sixty solutions' content: each kind in each edition, in the order they are loaded. */
    static List<SolutionDraft> drafts(LocalDate today) {
        List<SolutionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < KINDS.size() * EDITIONS.length; i++) {
            drafts.add(draft(KINDS.get(i % KINDS.size()), EDITIONS[i / KINDS.size()], i, today));
        }
        return drafts;
    }

    /** Six in ten approved, one each submitted, in review and sent back, the last a draft, rejected or withdrawn. */
    private void takeThroughReview(Solution solution, UserAccount reviewer, int i, Instant now) {
        int stage = i % 10;
        if (stage == 9 && i < 30) {
            return;
        }
        Instant submitted = i < KINDS.size() ? created(i, now).plus(Duration.ofDays(10)) : now.minus(Duration.ofDays(1 + i % 25));
        solution.submit(LocalDate.ofInstant(submitted, DanishTime.ZONE), submitted);
        if (stage == 6) {
            return;
        }
        if (stage == 9 && i >= 50) {
            solution.withdraw(submitted.plus(Duration.ofHours(2)));
            return;
        }
        Instant taken = submitted.plus(Duration.ofHours(20));
        solution.takeIntoReview(reviewer.organisation(), taken);
        Review review = new Review(solution, reviewer, taken);
        em.persist(review);
        if (stage == 7) {
            return;
        }
        SolutionStatus decision = stage == 8 ? SolutionStatus.CHANGES_REQUESTED : stage == 9 ? SolutionStatus.REJECTED : SolutionStatus.APPROVED;
        Map<AssessmentDomain, Verdict> verdicts = new EnumMap<>(AssessmentDomain.class);
        for (AssessmentDomain domain : AssessmentDomain.values()) {
            verdicts.put(domain, decision == SolutionStatus.APPROVED || domain != AssessmentDomain.CLINICAL_EVIDENCE ? Verdict.MEETS : Verdict.PARTLY);
        }
        var reviewDecision = new ReviewDecision(decision, decision == SolutionStatus.APPROVED ? null
                : "Evidensen for arbejdskraftbesparelsen er for spinkel; dokumentér målingerne.", verdicts,
                Map.of(AssessmentDomain.LABOUR_SAVING, "Tallene er realistiske for denne type løsning."), validated(verdicts, i));
        solution.decide(reviewDecision, reviewer, taken.plus(Duration.ofDays(2)));
        review.decide(reviewDecision, taken.plus(Duration.ofDays(2)));
        em.flush();
    }

    /** The domains the reviewer checked against sources: every one that meets, but every other solution's labour saving stays self-declared. */
    private static Set<AssessmentDomain> validated(Map<AssessmentDomain, Verdict> verdicts, int i) {
        return verdicts.entrySet().stream().filter(e -> e.getValue() == Verdict.MEETS)
                .filter(e -> e.getKey() != AssessmentDomain.LABOUR_SAVING || i % 2 == 0).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /**
     * Certificates are dated from today, so the demo stays valid whenever it is loaded; two approved
     * solutions (3 and 13) hold an ISO certificate that has expired since their approval, and are
     * due for review again.
     */
    private static SolutionDraft draft(Kind kind, String edition, int i, LocalDate today) {
        boolean english = i % 3 == 1;
        LocalDate isoExpiry = i == 3 || i == 13 ? today.minusDays(i % 25 - 2) : today.plusMonths(4 + i % 12);
        String summary = english ? kind.english() : kind.danish();
        Documentation documentation = new Documentation(
                new Documentation.Regulatory(kind.mdrClass(), kind.mdrClass().isDevice() ? "EU declaration of conformity " + (2021 + i % 4) : null,
                        kind.mdrClass().needsNotifiedBody() ? "Notified body 2797, certificate MDR " + (700100 + i) : null,
                        kind.mdrClass().needsNotifiedBody() ? LocalDate.of(2028 + i % 3, 6, 30) : null),
                new Documentation.ClinicalEvidence(kind.level(), List.of(new Documentation.Study(
                        kind.level() == EvidenceLevel.TIER_C ? StudyType.RCT : StudyType.PILOT, "10.5555/demo." + (2020 + i % 5) + "." + (100 + i),
                        (40 + i * 7) + " borgere i " + (i % 2 == 0 ? "Region Midtjylland" : "Region Syddanmark"),
                        "Målbar effekt på det primære effektmål; se studiet.",
                        Set.of(MastDomain.CLINICAL_EFFECTIVENESS, i % 2 == 0 ? MastDomain.ECONOMICS : MastDomain.PATIENT_PERSPECTIVE))),
                        "Afprøvet i to regioner med forskellig organisering; kræver kun standard-IT (FHIR, MedCom)."),
                new Documentation.ClinicalSafety("Risikostyring efter ISO 14971; hazard log med " + (8 + i % 9) + " risici, alle acceptable."),
                new Documentation.DataProtection(true, "DPIA gennemført; data krypteres i transit og hvile.", true, true),
                new Documentation.InformationSecurity(List.of(new Documentation.Certificate("ISO/IEC 27001", isoExpiry)),
                        (i < KINDS.size() ? today.minusDays(OLDEST_DAYS - 20L * i) : today).minusMonths(2 + i % 9)),
                new Documentation.Interoperability(Set.of(InteroperabilityStandard.HL7_FHIR_R4, InteroperabilityStandard.MEDCOM_MESSAGES), null),
                new Documentation.Usability(kind.setting() == CareSetting.HOME, kind.setting() == CareSetting.HOME ? Boolean.TRUE : null,
                        english ? List.of("en", "da") : List.of("da")),
                new Documentation.LabourSaving(List.of(new Documentation.HoursSaved(kind.staff(),
                        BigDecimal.valueOf(kind.hours() + (i / KINDS.size()) * 0.5), "Tidsregistrering i pilotdrift hos to kunder"))));
        return new SolutionDraft(kind.name() + edition, summary, summary + (english
                ? " Documented against the marketplace's framework; labour saving measured in pilot operation."
                : " Dokumenteret efter markedspladsens ramme; arbejdskraftbesparelsen er målt i pilotdrift."),
                Set.of(english ? ContentLanguage.EN : ContentLanguage.DA), Set.of(kind.category()), Set.of(kind.condition()),
                Set.of(kind.segment()), Set.of(kind.setting()), "Licens pr. borger pr. måned", "salg@" + kind.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example.dk",
                "Brugt af " + (1 + i % 4) + " kommuner", documentation, null);
    }
}
