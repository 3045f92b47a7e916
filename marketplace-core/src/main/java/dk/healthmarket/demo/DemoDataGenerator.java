package dk.healthmarket.demo;

import dk.healthmarket.account.AccountRepository;
import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.Caller;
import dk.healthmarket.account.NewUser;
import dk.healthmarket.account.Role;
import dk.healthmarket.adoption.AdoptionDemoData;
import dk.healthmarket.innovationindex.InnovationIndexService;
import dk.healthmarket.innovationindex.Quarter;
import dk.healthmarket.organisation.Cvr;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.organisation.OrganisationDraft;
import dk.healthmarket.organisation.OrganisationRepository;
import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.organisation.OrganisationType;
import dk.healthmarket.shared.DanishTime;
import dk.healthmarket.solution.SolutionDemoData;
import dk.healthmarket.tender.TenderDemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Realistic Danish demo data: public buyers in every region, companies, and one user of every
 * role. Everything is created through the services (so it is audited and indexed like real data)
 * and only when missing, so loading twice adds nothing twice. {@code extraCompanies} adds
 * generated companies for benchmarks; later features add their own objects here (tenders in every
 * state, through {@link TenderDemoData}; sixty solutions in every review state, through {@link SolutionDemoData}; two years of their adoptions, through
 * {@link AdoptionDemoData}).
 */
@ApplicationScoped
public class DemoDataGenerator {

    /** Documented in the README; exists only when demo data is loaded. */
    public static final String DEMO_PASSWORD = "Demo-Marketplace-2026";

    static final Map<String, DemoUser> DEMO_USERS = new LinkedHashMap<>();

    record DemoUser(String name, OrganisationType organisationType, String organisation, Role role) {
    }

    static {
        DEMO_USERS.put("admin@demo.healthmarket.dk", new DemoUser("Anne Admin", OrganisationType.NATIONAL_HEALTH_ORGANISATION, "Den Nationale Sundhedsorganisation", Role.ADMIN));
        DEMO_USERS.put("buyer@demo.healthmarket.dk", new DemoUser("Birgitte Indkøber", OrganisationType.REGION, "Region Midtjylland", Role.BUYER));
        DEMO_USERS.put("supplier@demo.healthmarket.dk", new DemoUser("Søren Leverandør", OrganisationType.COMPANY, "Nordic TeleCare ApS", Role.SUPPLIER));
        DEMO_USERS.put("caresense@demo.healthmarket.dk", new DemoUser("Camilla Tilbudschef", OrganisationType.COMPANY, "CareSense A/S", Role.SUPPLIER));
        DEMO_USERS.put("medlink@demo.healthmarket.dk", new DemoUser("Morten Salg", OrganisationType.COMPANY, "MedLink Health ApS", Role.SUPPLIER));
        DEMO_USERS.put("reviewer@demo.healthmarket.dk", new DemoUser("Rikke Reviewer", OrganisationType.INNOVATION_CENTRE, "Nationalt Center for Sundhedsinnovation", Role.REVIEWER));
    }

    private static final String[][] PUBLIC_BUYERS = {
        {"HEALTH_COMMUNITY", "Sundhedsfællesskab Aalborg", "DK-81"},
        {"HEALTH_COMMUNITY", "Sundhedsfællesskab Aarhus", "DK-82"},
        {"HEALTH_COMMUNITY", "Sundhedsfællesskab Fyn", "DK-83"},
        {"HEALTH_COMMUNITY", "Sundhedsfællesskab Byen", "DK-84"},
        {"HEALTH_COMMUNITY", "Sundhedsfællesskab Sjælland Syd", "DK-85"},
        {"MUNICIPALITY", "Aalborg Kommune", "DK-81"},
        {"MUNICIPALITY", "Hjørring Kommune", "DK-81"},
        {"MUNICIPALITY", "Aarhus Kommune", "DK-82"},
        {"MUNICIPALITY", "Herning Kommune", "DK-82"},
        {"MUNICIPALITY", "Viborg Kommune", "DK-82"},
        {"MUNICIPALITY", "Odense Kommune", "DK-83"},
        {"MUNICIPALITY", "Esbjerg Kommune", "DK-83"},
        {"MUNICIPALITY", "Vejle Kommune", "DK-83"},
        {"MUNICIPALITY", "Københavns Kommune", "DK-84"},
        {"MUNICIPALITY", "Frederiksberg Kommune", "DK-84"},
        {"MUNICIPALITY", "Roskilde Kommune", "DK-85"},
        {"MUNICIPALITY", "Næstved Kommune", "DK-85"},
        {"HOSPITAL", "Aalborg Universitetshospital", "DK-81"},
        {"HOSPITAL", "Aarhus Universitetshospital", "DK-82"},
        {"HOSPITAL", "Odense Universitetshospital", "DK-83"},
        {"HOSPITAL", "Rigshospitalet", "DK-84"},
        {"HOSPITAL", "Sjællands Universitetshospital", "DK-85"},
        {"GENERAL_PRACTICE", "Lægehuset Vestergade, Aalborg", "DK-81"},
        {"GENERAL_PRACTICE", "Lægerne i Brabrand", "DK-82"},
        {"GENERAL_PRACTICE", "Lægehuset Dalum", "DK-83"},
        {"GENERAL_PRACTICE", "Lægerne på Nørrebro", "DK-84"},
        {"GENERAL_PRACTICE", "Lægehuset i Køge", "DK-85"},
    };

    /** Fictional companies; their CVR numbers are generated to pass the check, not real ones. */
    private static final String[] COMPANIES = {
        "Nordic TeleCare ApS", "CareSense A/S", "MedLink Health ApS", "Hjemmerobot ApS",
        "Faldsikker Danmark ApS", "DiaCoach ApS", "KOL-Monitor A/S", "Genoptræn Hjemme ApS",
        "MediDose Automation A/S", "TriageAI ApS", "SundData Analytics A/S", "ÆldreTech Solutions ApS",
    };

    private static final int PUBLISHED_QUARTERS = 7;

    private static final int FIRST_CVR_CANDIDATE = 41_000_000;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationRepository organisationRepository;

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository accountRepository;

    @Inject
    TenderDemoData tenders;

    @Inject
    SolutionDemoData solutions;

    @Inject
    AdoptionDemoData adoptions;

    @Inject
    InnovationIndexService index;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** Adds what is missing and returns how many objects it added. */
    @Transactional
    public int load(int extraCompanies) {
        return caller.asSystem(() -> {
            int added = 0;
            for (String[] buyer : PUBLIC_BUYERS) {
                added += ensure(new OrganisationDraft(buyer[1], OrganisationType.valueOf(buyer[0]), buyer[2], null));
            }
            List<String> cvrs = validCvrs(COMPANIES.length + extraCompanies);
            for (int i = 0; i < COMPANIES.length + extraCompanies; i++) {
                String name = i < COMPANIES.length ? COMPANIES[i] : "Demo Sundhedsteknologi " + (i - COMPANIES.length + 1) + " ApS";
                added += ensure(new OrganisationDraft(name, OrganisationType.COMPANY, null, cvrs.get(i)));
            }
            for (var user : DEMO_USERS.entrySet()) {
                added += ensure(user.getKey(), user.getValue());
            }
            added += tenders.load(new TenderDemoData.Cast(
                    organisation(OrganisationType.REGION, "Region Midtjylland"),
                    List.of(organisation(OrganisationType.REGION, "Region Nordjylland"), organisation(OrganisationType.MUNICIPALITY, "Aarhus Kommune"),
                            organisation(OrganisationType.HOSPITAL, "Aarhus Universitetshospital")),
                    Stream.of("supplier@demo.healthmarket.dk", "caresense@demo.healthmarket.dk", "medlink@demo.healthmarket.dk")
                            .map(email -> accountRepository.findByEmail(email).orElseThrow()).toList()));
            List<Organisation> companies = Stream.of(COMPANIES).map(name -> organisation(OrganisationType.COMPANY, name)).toList();
            added += solutions.load(companies, accountRepository.findByEmail("reviewer@demo.healthmarket.dk").orElseThrow());
            added += adoptions.load(companies);
            added += publishEndedQuarters();
            return added;
        });
    }

    /** The index of the seven quarters before this one, published as the centre would, so the public dashboard has a history. */
    private int publishEndedQuarters() {
        Quarter current = Quarter.of(LocalDate.ofInstant(clock.instant(), DanishTime.ZONE));
        List<String> published = index.publishedPeriods();
        int added = 0;
        for (int back = PUBLISHED_QUARTERS; back >= 1; back--) {
            Quarter quarter = current.minus(back);
            if (!published.contains(quarter.toString())) {
                index.publish(quarter);
                added++;
            }
        }
        return added;
    }

    private Organisation organisation(OrganisationType type, String name) {
        return organisationRepository.findByTypeAndName(type, name).orElseThrow(() -> new IllegalStateException("Demo organisation missing: " + name));
    }

    private int ensure(OrganisationDraft draft) {
        boolean present = draft.cvr() != null
                ? organisationRepository.findByCvr(Cvr.of(draft.cvr())).isPresent()
                : organisationRepository.findByTypeAndName(draft.type(), draft.name()).isPresent();
        if (present) {
            return 0;
        }
        organisations.create(draft);
        return 1;
    }

    private int ensure(String email, DemoUser user) {
        if (accountRepository.findByEmail(email).isPresent()) {
            return 0;
        }
        long organisationId = organisationRepository.findByTypeAndName(user.organisationType(), user.organisation())
                .orElseThrow(() -> new IllegalStateException("Demo organisation missing: " + user.organisation()))
                .id();
        accounts.create(new NewUser(email, user.name(), organisationId, Set.of(user.role()), DEMO_PASSWORD));
        return 1;
    }

    /** The first {@code count} valid CVR numbers from a fixed start: the same every time. */
    static List<String> validCvrs(int count) {
        List<String> cvrs = new ArrayList<>(count);
        for (int candidate = FIRST_CVR_CANDIDATE; cvrs.size() < count; candidate++) {
            String number = Integer.toString(candidate);
            if (Cvr.isValid(number)) {
                cvrs.add(number);
            }
        }
        return cvrs;
    }
}
