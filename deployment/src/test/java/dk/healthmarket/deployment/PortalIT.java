package dk.healthmarket.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.healthmarket.organisation.Cvr;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchIndex;
import dk.healthmarket.search.SearchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal started the way the README says (embedded MariaDB, demo data), used through a real
 * browser, then stopped, restarted and deprived of its database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {

    private static final Logger LOG = Logger.getLogger(PortalIT.class.getName());
    private static final String DEMO_PASSWORD = "Demo-Marketplace-2026";
    private static final String PASSWORD = "a-long-browser-password";
    private static final String COMPANY_EMAIL = "kontakt@hjemmemaaling.dk";

    private static Portal portal;
    private static Process restartedDatabase;

    @BeforeAll
    static void startPortal() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "it-portal")).toAbsolutePath().resolve("data-" + System.currentTimeMillis());
        portal = new Portal(dataDir, Map.of("MARKETPLACE_DEMO", "true")).start();
        LOG.info(() -> String.format("Cold start to /health/ready UP: %.1f s; resident memory (portal + embedded MariaDB): %d MiB",
                portal.readyMillis() / 1000.0, portal.residentMegabytes()));
    }

    @AfterAll
    static void stopPortal() {
        if (restartedDatabase != null) {
            restartedDatabase.destroyForcibly();
        }
        portal.close();
    }

    @Test
    @Order(10)
    void aCompanyRegistersLogsInSeesItsMenuAndSwitchesLanguage() throws Exception {
        try (var browser = new Browser(portal.base())) {
            browser.open("/");
            assertEquals("Forside", browser.text("menu-home"));
            browser.screenshot("01-home-da");

            browser.open("/register.xhtml");
            browser.type("registration:companyName", "Hjemmemåling ApS");
            browser.type("registration:cvr", validCvr());
            browser.type("registration:contactName", "Karen Kontakt");
            browser.type("registration:email", COMPANY_EMAIL);
            browser.type("registration:password", PASSWORD);
            browser.screenshot("02-register");
            browser.clickAndWait("registration:submit");
            assertTrue(browser.url().contains("/login.xhtml"), browser.url());
            assertTrue(browser.present("registered"), browser.pageText());
            browser.screenshot("03-login-after-registration");

            browser.logIn(COMPANY_EMAIL, PASSWORD);
            assertTrue(browser.text("header:who").contains(COMPANY_EMAIL), browser.pageText());
            assertTrue(browser.present("menu-account"));
            assertFalse(browser.present("menu-users"));
            assertTrue(browser.text("your-roles").contains("SUPPLIER"));
            browser.screenshot("04-home-supplier-da");

            browser.clickAndWait("header:lang-en");
            assertEquals("Home", browser.text("menu-home"));
            assertTrue(browser.text("header:who").startsWith("Logged in as"), browser.text("header:who"));
            browser.screenshot("05-home-supplier-en");

            browser.open("/account/profile.xhtml");
            assertEquals("Hjemmemåling ApS", browser.text("profile-organisation"));
            browser.screenshot("06-my-account-en");

            browser.clickAndWait("header:logout");
            assertTrue(browser.present("header:login"));
        }
    }

    @Test
    @Order(20)
    void aBadRegistrationShowsWhatIsWrongNextToTheField() throws Exception {
        try (var browser = new Browser(portal.base())) {
            browser.open("/register.xhtml");
            browser.type("registration:companyName", "Forkert ApS");
            browser.type("registration:cvr", "12345678");
            browser.type("registration:contactName", "Frida");
            browser.type("registration:email", "frida@forkert.dk");
            browser.type("registration:password", "kort");
            browser.clickAndWait("registration:submit");
            assertTrue(browser.url().contains("/register.xhtml"), browser.url());
            assertEquals("skal være et gyldigt CVR-nummer: 8 cifre, der består modulus 11-kontrollen", browser.text("registration:cvr-error"));
            browser.type("registration:cvr", validCvr());
            browser.type("registration:password", "kort");
            browser.clickAndWait("registration:submit");
            assertEquals("Adgangskoden skal have mindst 12 tegn.", browser.text("registration:password-error"));
            assertTrue(portal.get("/api/v1/organisations?name=Forkert").body().contains("\"total\":0"));
            browser.screenshot("07-register-invalid");
        }
    }

    @Test
    @Order(25)
    void aBuyerPublishesASupplierAsksAndBidsAndTheBuyerAwardsAClosedTender() throws Exception {
        try (var browser = new Browser(portal.base())) {
            browser.logIn("buyer@demo.healthmarket.dk", DEMO_PASSWORD);
            browser.open("/buyer/tenders.xhtml");
            browser.clickAndWait("new-tender");
            browser.type("tender:tabs:title", "Digitale hjælpemidler til genoptræning i eget hjem");
            browser.type("tender:tabs:description", "Fælles udbud af digitale genoptræningsforløb med videovejledning.");
            browser.type("tender:tabs:mainCpv_input", "33190000");
            browser.driver().findElement(By.cssSelector("[id='tender:tabs:categories'] .ui-chkbox-box")).click();
            browser.driver().findElement(By.cssSelector("a[href='#tender:tabs:criteriaTab']")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.text("tender:tabs:criteria-sum").contains("100"));
            browser.driver().findElement(By.cssSelector("a[href='#tender:tabs:lotsTab']")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.findElement(By.id("tender:tabs:lots:0:lotTitle")).isDisplayed());
            browser.type("tender:tabs:lots:0:lotTitle", "Genoptræningsforløb og support");
            browser.screenshot("20-buyer-new-tender");
            browser.clickAndWait("tender:save");
            assertTrue(browser.url().contains("/buyer/tender.xhtml"), browser.url() + "\n" + browser.pageText());
            assertEquals("Kladde", browser.text("status"));
            String tender = browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
            Path pdf = Files.writeString(Files.createTempDirectory("upload").resolve("Bilag 1 - Kravspecifikation.pdf"), "%PDF-1.4\n% Kravspecifikation\n");
            browser.driver().findElement(By.id("documents:upload_input")).sendKeys(pdf.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> browser.pageText().contains("Bilag 1 - Kravspecifikation.pdf"));
            browser.awaitAjax();
            browser.clickAndWait("workspace:publish");
            assertEquals("Offentliggjort", browser.text("status"), browser.pageText());
            browser.screenshot("21-buyer-published");
            browser.clickAndWait("header:logout");

            browser.logIn("supplier@demo.healthmarket.dk", DEMO_PASSWORD);
            browser.open("/tenders/index.xhtml");
            assertTrue(browser.pageText().contains("Digitale hjælpemidler til genoptræning i eget hjem"));
            browser.screenshot("22-public-tenders");
            browser.open("/tenders/tender.xhtml?id=" + tender);
            assertTrue(browser.pageText().contains("Hjemmemonitorering;"), "the category chosen in the form");
            browser.type("questions:question", "Kan forløbene afvikles på borgerens egen tablet?");
            browser.clickAndWait("questions:ask");
            assertTrue(browser.pageText().contains("Dit spørgsmål er sendt"), browser.pageText());
            browser.clickAndWait("to-bid");
            assertTrue(browser.text("countdown").contains("dage"), browser.text("countdown"));
            browser.type("bid:lots:0:price_input", "875000");
            browser.type("bid:responses:0:response", "Videovejledte forløb på borgerens egen tablet; dokumenteret i to kommuner.");
            browser.tick("bid:solutions", "KOL-monitor");
            browser.screenshot("23-supplier-bid");
            browser.clickAndWait("bid:submit");
            assertTrue(browser.pageText().contains("Dit tilbud er modtaget"), browser.pageText());
            assertTrue(browser.pageText().matches("(?s).*\\b[0-9a-f]{64}\\b.*"), "the receipt's SHA-256 is shown");
            browser.screenshot("24-supplier-receipt");
            browser.clickAndWait("header:logout");

            browser.logIn("buyer@demo.healthmarket.dk", DEMO_PASSWORD);
            browser.open("/buyer/tender.xhtml?id=" + tender);
            assertTrue(browser.text("bids-received").contains("1"), browser.text("bids-received"));
            browser.type("workspace:questions:0:answer", "Ja, alle almindelige tablets kan bruges.");
            browser.clickAndWait("workspace:questions:0:answer-send");
            browser.open("/tenders/tender.xhtml?id=" + tender);
            assertTrue(browser.pageText().contains("Ja, alle almindelige tablets kan bruges."), browser.pageText());

            String closed = portal.get("/api/v1/tenders?status=CLOSED").body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
            browser.open("/buyer/tender.xhtml?id=" + closed);
            browser.clickAndWait("workspace:open");
            assertEquals("Under evaluering", browser.text("status"), browser.pageText());
            for (int bid = 0; bid < 3; bid++) {
                for (int criterion = 0; criterion < 2; criterion++) {
                    browser.type("workspace:bids:" + bid + ":criteria:" + criterion + ":score_input", String.valueOf(9 - 2 * bid));
                }
            }
            browser.clickAndWait("workspace:saveEvaluation");
            assertTrue(browser.pageText().contains("Pointene er gemt"), browser.pageText());
            browser.screenshot("25-buyer-evaluation");
            browser.type("workspace:reason", "Bedste forhold mellem pris, kvalitet og arbejdskraftbesparelse.");
            browser.clickAndWait("workspace:award");
            assertEquals("Tildelt", browser.text("status"), browser.pageText());
            browser.open("/tenders/tender.xhtml?id=" + closed);
            assertTrue(browser.present("award-notice"), browser.pageText());
            browser.screenshot("26-public-award-notice");
        }
    }

    @Test
    @Order(27)
    void theCatalogueShowsApprovedSolutionsWithTheirDocumentationToEveryone() throws Exception {
        try (var browser = new Browser(portal.base())) {
            browser.open("/");
            browser.clickAndWait("menu-solutions");
            assertTrue(browser.pageText().contains("Akut-Triage"), browser.pageText());
            browser.choose("catalogue:condition", "Demens");
            browser.clickAndWait("catalogue:filter");
            assertTrue(browser.pageText().contains("DemensRo") && !browser.pageText().contains("Akut-Triage"), browser.pageText());
            browser.screenshot("27-solution-catalogue");
            browser.clickAndWait("catalogue:table:0:open");
            assertTrue(browser.text("solution-name").startsWith("DemensRo"), browser.text("solution-name"));
            assertTrue(browser.pageText().contains("Arbejdskraftbesparelse") && browser.pageText().contains("Social- og sundhedspersonale"),
                    browser.pageText());
            browser.screenshot("28-solution-page");
        }
    }

    @Test
    @Order(28)
    void aSupplierDocumentsASolutionStepByStepAndTheCentreReviewsAndApprovesIt() throws Exception {
        Path report = Files.createTempFile("studierapport", ".pdf");
        Files.writeString(report, "%PDF-1.4 Pilotrapport: vagtplanlægning med AI");
        String penTest = LocalDate.now().minusMonths(3).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        try (var browser = new Browser(portal.base())) {
            browser.logIn("supplier@demo.healthmarket.dk", DEMO_PASSWORD);
            browser.clickAndWait("menu-my-solutions");
            browser.clickAndWait("new-solution");
            browser.wizard("solution:wizard", "next");
            assertTrue(browser.present("solution:name") && !browser.present("completeness"), "a step with errors stays, nothing is saved");
            assertFalse(browser.driver().findElements(By.cssSelector(".ui-message-error")).isEmpty(), "the step says what is wrong: " + browser.pageText());
            browser.type("solution:name", "Vagtplan AI");
            browser.type("solution:summary", "Automatisk vagtplanlægning i hjemmeplejen.");
            browser.type("solution:description", "Planlægger ruter og vagter ud fra borgernes behov og medarbejdernes kompetencer.");
            browser.wizard("solution:wizard", "next");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.present("completeness"));
            assertTrue(browser.text("completeness").contains("regulatory.mdrClass"), browser.text("completeness"));
            browser.tick("solution:categories", "Administrativ automatisering");
            browser.screenshot("29-wizard-classification-with-completeness");
            browser.wizard("solution:wizard", "next");
            browser.choose("solution:mdrClass", "Ikke medicinsk udstyr");
            browser.type("solution:hazardLog", "Risikovurdering efter ISO 14971; ingen kliniske beslutninger.");
            browser.wizard("solution:wizard", "next");
            browser.choose("solution:level", "Niveau A (systemydelser)");
            browser.type("solution:transferability", "Bygger på standarddata fra omsorgssystemet og kan tages i brug i alle kommuner.");
            addStudy(browser, "ikke en reference");
            browser.wizard("solution:wizard", "next");
            browser.tick("solution:healthData", "Nej");
            browser.type("solution:penTest_input", penTest);
            browser.wizard("solution:wizard", "next");
            browser.tick("solution:standards", "HL7 FHIR R4");
            browser.tick("solution:patientFacing", "Nej");
            browser.type("solution:userLanguages_input", "da\n");
            browser.wizard("solution:wizard", "next");
            browser.driver().findElement(By.id("solution:addFigure")).click();
            browser.awaitAjax();
            browser.choose("solution:figures:0:staffGroup", "Sygeplejersker");
            browser.type("solution:figures:0:hours_input", "3");
            browser.type("solution:figures:0:basis", "Tidsregistrering i tre måneder");
            browser.wizard("solution:wizard", "next");
            browser.driver().findElement(By.id("solution:upload_input")).sendKeys(report.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> browser.text("solution:attachment-list").contains(report.getFileName().toString()));
            assertTrue(browser.text("completeness").contains("evidence.studies[0].reference"), "a bad DOI is a gap: " + browser.text("completeness"));
            browser.wizard("solution:wizard", "next");
            browser.driver().findElement(By.id("solution:submit")).click();
            browser.awaitAjax();
            assertTrue(browser.pageText().contains("DOI"), "an incomplete solution is not submitted: " + browser.pageText());
            browser.wizard("solution:wizard", "back");
            browser.wizard("solution:wizard", "back");
            browser.wizard("solution:wizard", "back");
            browser.wizard("solution:wizard", "back");
            browser.wizard("solution:wizard", "back");
            browser.type("solution:studies:0:reference", "https://kommune.example.dk/vagtplan-pilot.pdf");
            for (int step = 0; step < 5; step++) {
                browser.wizard("solution:wizard", "next");
            }
            browser.driver().findElement(By.id("solution:submit")).click();
            browser.awaitAjax();
            assertTrue(browser.text("wizard-status").contains("Indsendt"), browser.text("wizard-status") + " / " + browser.pageText());
            browser.screenshot("30-wizard-submitted");
        }
        try (var browser = new Browser(portal.base())) {
            browser.logIn("reviewer@demo.healthmarket.dk", DEMO_PASSWORD);
            browser.clickAndWait("menu-review");
            assertTrue(browser.text("queue:table").contains("Vagtplan AI"), browser.text("queue:table"));
            browser.screenshot("31-review-queue");
            browser.driver().findElement(By.linkText("Vagtplan AI")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.present("take:take"));
            browser.clickAndWait("take:take");
            assertTrue(browser.pageText().contains(report.getFileName().toString()) && browser.pageText().contains("Selvdeklareret"), browser.pageText());
            browser.clickAndWait("decision:decide");
            assertTrue(browser.pageText().contains("Godkend"), "nothing decided without verdicts: " + browser.pageText());
            for (int domain = 0; domain < 8; domain++) {
                browser.tick("decision:checklist:" + domain + ":verdict", "Opfylder");
            }
            browser.driver().findElement(By.cssSelector("[id='decision:checklist:1:validated'] .ui-chkbox-box")).click();
            browser.type("decision:checklist:7:comment", "Tallene er plausible; følg op efter et års drift.");
            browser.tick("decision:decision", "Godkend");
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("32-review-workspace");
            browser.clickAndWait("decision:decide");
            assertTrue(browser.text("review-status").contains("Godkendt"), browser.pageText());
            assertTrue(browser.pageText().contains("Valideret"), "the checked domain is validated: " + browser.pageText());
            assertTrue(browser.text("history").contains("indsendt til bedømmelse") && browser.text("history").contains("godkendt")
                    && browser.text("history").contains("reviewer@demo.healthmarket.dk"), "who did what, when: " + browser.text("history"));
            browser.screenshot("33-review-approved");
            browser.clickAndWait("menu-solutions");
            browser.choose("catalogue:category", "Administrativ automatisering");
            browser.clickAndWait("catalogue:filter");
            assertTrue(browser.pageText().contains("Vagtplan AI"), "approved solutions are public: " + browser.pageText());
        }
    }

    /** The facet panels stand in the order of the search's dimensions, the deadline last, whichever values are chosen. */
    private static void assertPanelsInTheirOrder(Browser browser) {
        List<String> panels = browser.driver().findElements(By.cssSelector("fieldset.facet")).stream()
                .map(panel -> panel.getAttribute("id").substring("facet-".length())).toList();
        List<String> ordered = new ArrayList<>(SearchService.FACETS);
        ordered.add("deadline");
        assertTrue(panels.size() > 2, panels.toString());
        assertEquals(panels.stream().sorted(Comparator.comparingInt(ordered::indexOf)).toList(), panels);
        assertTrue(ordered.containsAll(panels), panels.toString());
    }

    @Test
    @Order(29)
    void aVisitorSearchesWithSuggestionsFacetsAndACorrectionAndFindsSimilarSolutions() throws Exception {
        try (var browser = new Browser(portal.base())) {
            browser.open("/");
            browser.type("header:search_input", "KOL");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.present("header:search_panel")
                    && d.findElement(By.id("header:search_panel")).isDisplayed() && browser.text("header:search_panel").contains("KOL-monitor"));
            browser.screenshot("34-search-suggestions");
            browser.clickAndWait("header:search-go");
            assertTrue(browser.text("hits").contains("KOL-monitor"), browser.text("hits"));
            assertTrue(browser.text("hits").contains("COPD"), "Danish KOL finds the English COPD: " + browser.text("hits"));
            assertTrue(browser.present("facet-condition") && browser.text("facet-category").contains("Hjemmemonitorering"), browser.pageText());
            // KOL-monitor is in national use: every region is a choice, shown by its name
            assertTrue(browser.text("facet-adoptedIn").contains("Region Nordjylland") && browser.text("facet-adoptedIn").contains("Region Sjælland"),
                    browser.text("facet-adoptedIn"));
            assertPanelsInTheirOrder(browser);
            browser.driver().findElement(By.cssSelector("#facet-category input[value='FALL_PREVENTION_AND_SENSORS']")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.url().contains("category=FALL_PREVENTION_AND_SENSORS"));
            assertFalse(browser.text("hits").contains("KOL-monitor"), "narrowed: " + browser.text("hits"));
            assertTrue(browser.text("facet-category").contains("Hjemmemonitorering"), "the other categories stay choosable");
            assertPanelsInTheirOrder(browser);
            browser.screenshot("35-search-facets");

            browser.open("/search.xhtml?q=diabtes");
            assertTrue(browser.text("did-you-mean").contains("diabetes"), browser.pageText());
            assertTrue(browser.text("hits").contains("DiaBeslut"), browser.text("hits"));
            browser.screenshot("36-search-did-you-mean");
            browser.open("/search.xhtml?q=zzzyyyxxx");
            assertTrue(browser.present("empty-help"), browser.pageText());
            browser.open("/search.xhtml?q=%22KOL");
            assertTrue(browser.pageText().contains("kan ikke læses"), "a malformed query is explained: " + browser.pageText());

            browser.open("/search.xhtml?q=hjertesvigt&type=SOLUTION");
            browser.driver().findElement(By.cssSelector("#hits .hit-name")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.present("similar"));
            assertFalse(browser.text("similar").isBlank());
            browser.screenshot("37-similar-solutions");
        }
    }

    /** Adds a study in the wizard's evidence step: a pilot, its reference, population, result and one MAST domain. */
    private static void addStudy(Browser browser, String reference) {
        browser.driver().findElement(By.id("solution:addStudy")).click();
        browser.awaitAjax();
        browser.choose("solution:studies:0:type", "Pilotafprøvning");
        browser.type("solution:studies:0:reference", reference);
        browser.type("solution:studies:0:population", "3 hjemmeplejegrupper i Aarhus");
        browser.type("solution:studies:0:mainResult", "12 % mindre tid på planlægning");
        browser.driver().findElement(By.id("solution:studies:0:outcomes")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='solution:studies:0:outcomes_panel']//li[.//label[normalize-space()='Organisation']]//div[contains(@class,'ui-chkbox-box')]")))
                .click();
        browser.driver().findElement(By.tagName("h1")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("solution:studies:0:outcomes_panel")));
    }

    @Test
    @Order(31)
    void theInnovationIndexDashboardShowsThePublishedQuartersToEveryone() throws Exception {
        try (var browser = new Browser(portal.base())) {
            browser.open("/");
            browser.clickAndWait("menu-index");
            assertTrue(browser.text("index-intro").contains("rangliste"), "variation, not a league table: " + browser.text("index-intro"));
            assertTrue(browser.text("report-status").startsWith("Offentliggjort"), "the public sees a published quarter: " + browser.text("report-status"));
            assertEquals(5, browser.driver().findElements(By.cssSelector("#regions-table tr.region-row")).size(), browser.text("regions-table"));
            assertEquals(7, browser.driver().findElements(By.cssSelector("#trend-table tbody tr")).size(), "seven published quarters: " + browser.text("trend-table"));
            assertEquals(5, browser.driver().findElements(By.cssSelector("#region-map g.region")).size());
            assertEquals(3, browser.driver().findElements(By.cssSelector(".ui-chart canvas")).size(), "trend, regions, indicators: " + browser.pageText());
            assertTrue(browser.text("indicators-table").contains("Spredningshastighed") && browser.text("thin-legend").contains("*"), browser.text("indicators-table"));
            assertTrue(browser.driver().findElements(By.cssSelector("#sensitivity-table tbody tr")).size() >= 8, browser.text("sensitivity-table"));
            assertTrue(browser.text("top-table").contains("KOL-monitor"), "the solution in all five regions leads: " + browser.text("top-table"));
            browser.screenshot("35-innovation-index");
            browser.clickAndWait("methodology");
            assertTrue(browser.text("method-indicators").contains("kvadratrod") && browser.pageText().contains("JRC/OECD"), browser.pageText());
        }
    }

    @Test
    @Order(32)
    void aBuyerRecordsItsUseOfASolutionAndTheCentreVerifiesIt() throws Exception {
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        String solutionPage;
        try (var browser = new Browser(portal.base())) {
            browser.logIn("buyer@demo.healthmarket.dk", DEMO_PASSWORD);
            browser.open("/solutions/index.xhtml");
            browser.choose("catalogue:condition", "Demens");
            browser.clickAndWait("catalogue:filter");
            browser.clickAndWait("catalogue:table:0:open");
            solutionPage = browser.driver().getCurrentUrl();
            assertTrue(browser.text("scaling-stage").contains("Flerregional"), "DemensRo is used in several regions: " + browser.text("scaling"));
            assertTrue(browser.text("adopters-table").contains("Tidlig bruger") || browser.text("adopters-table").contains("Innovator"),
                    "adopters are placed in Rogers' categories: " + browser.text("adopters-table"));
            browser.choose("adoption:stage", "Drift");
            browser.type("adoption:on_input", "31-13-2026");
            browser.clickAndWait("adoption:save");
            assertTrue(browser.pageText().contains("kan ikke læses som en dato"), "a date that cannot be read is explained in Danish: " + browser.pageText());
            browser.type("adoption:on_input", today);
            browser.clickAndWait("adoption:save");
            assertTrue(browser.text("adoptions:table").contains("Region Midtjylland"), browser.text("adoptions:table"));
            browser.choose("adoption:stage", "Pilot");
            browser.type("adoption:on_input", today);
            browser.clickAndWait("adoption:save");
            assertTrue(browser.pageText().contains("kræver en begrundelse") || browser.pageText().contains("needs a reason"),
                    "going back needs a reason, said on the page: " + browser.pageText());
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('adoption').scrollIntoView()");
            browser.screenshot("36-buyer-records-adoption");
        }
        try (var browser = new Browser(portal.base())) {
            browser.logIn("reviewer@demo.healthmarket.dk", DEMO_PASSWORD);
            browser.driver().get(solutionPage);
            int verified = browser.driver().findElements(By.cssSelector(".verified")).size();
            browser.driver().findElements(By.cssSelector("[id$=':verify']")).get(0).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".verified")).size() == verified + 1);
            browser.screenshot("37-reviewer-verifies-adoption");
            browser.open("/innovation-index/index.xhtml");
            assertTrue(browser.text("report-status").contains("Ikke offentliggjort"), "reviewers see the current quarter live: " + browser.text("report-status"));
            assertTrue(browser.present("publish:publish-now"));
        }
    }

    @Test
    @Order(30)
    void theAdministratorSeesTheAdministrationAndVerifiesTheAuditChain() throws Exception {
        try (var browser = new Browser(portal.base())) {
            browser.open("/admin/users.xhtml");
            assertTrue(browser.url().contains("/login.xhtml"), browser.url());
            browser.type("login:email", "admin@demo.healthmarket.dk");
            browser.type("login:password", DEMO_PASSWORD);
            browser.clickAndWait("login:submit");
            assertTrue(browser.url().endsWith("/admin/users.xhtml"), "back to the page asked for: " + browser.url());
            assertTrue(browser.present("menu-organisations"));
            assertTrue(browser.present("menu-users"));
            assertTrue(browser.present("menu-audit"));
            assertTrue(browser.pageText().contains("supplier@demo.healthmarket.dk"), browser.pageText());
            browser.screenshot("08-admin-users");

            browser.open("/admin/organisations.xhtml");
            assertTrue(browser.pageText().contains("Aalborg Kommune"), browser.pageText());
            browser.screenshot("09-admin-organisations");

            browser.clickAndWait("organisations:new");
            browser.type("organisation:name", "Guldborgsund Kommune");
            browser.choose("organisation:type", "Kommune");
            browser.clickAndWait("organisation:save");
            assertEquals("skal høre til en region", browser.text("organisation:region-error"));
            assertTrue(portal.get("/api/v1/organisations?name=Guldborgsund").body().contains("\"total\":0"));
            browser.screenshot("10-admin-organisation-invalid");
            browser.choose("organisation:region", "Region Sjælland");
            browser.clickAndWait("organisation:save");
            assertTrue(browser.pageText().contains("Gemt."), browser.pageText());
            assertTrue(portal.get("/api/v1/organisations?name=Guldborgsund").body().contains("\"regionCode\":\"DK-85\""));

            browser.open("/admin/users.xhtml");
            browser.type("users:emailFilter", "hjemmemaaling");
            browser.clickAndWait("users:filter");
            browser.clickAndWait("users:table:0:disable");
            assertTrue(browser.present("users:table:0:enable"), browser.pageText());
            browser.screenshot("11-admin-user-disabled");

            browser.open("/admin/audit.xhtml");
            browser.clickAndWait("audit:verify");
            assertTrue(browser.pageText().contains("Revisionskæden er intakt"), browser.pageText());
            browser.screenshot("12-admin-audit-verified");

            browser.clickAndWait("menu-search-admin");
            browser.driver().findElement(By.id("search-admin:rebuild")).click();
            browser.awaitAjax();
            assertTrue(browser.pageText().contains("Genopbygningen er startet"), browser.pageText());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> browser.text("rebuilding").startsWith("Nej"));
            assertTrue(browser.text("behind").equals("0"), browser.text("behind"));
            assertTrue(browser.text("cache").matches("\\d+ af \\d+ søgninger .*; \\d+ svar gemt .*"), browser.text("cache"));
            browser.screenshot("38-admin-search-rebuilt");
            assertTrue(portal.get("/api/v1/search?q=KOL").body().contains("KOL-monitor"), "the rebuilt index answers");
        }
    }

    @Test
    @Order(40)
    void administrationIsClosedToOthers() throws Exception {
        try (var browser = new Browser(portal.base())) {
            browser.logIn("supplier@demo.healthmarket.dk", "not-the-password");
            assertTrue(browser.pageText().contains("E-mail eller adgangskode er forkert"), browser.pageText());
            browser.screenshot("13-login-failed");

            browser.logIn("supplier@demo.healthmarket.dk", DEMO_PASSWORD);
            browser.open("/admin/users.xhtml");
            assertTrue(browser.text("error-message").contains("ikke adgang"), browser.pageText());
            assertFalse(browser.pageText().contains("admin@demo.healthmarket.dk"));
            browser.screenshot("14-forbidden");

            browser.clickAndWait("header:logout");
            browser.logIn(COMPANY_EMAIL, PASSWORD);
            assertTrue(browser.pageText().contains("E-mail eller adgangskode er forkert, eller kontoen er deaktiveret."), browser.pageText());
        }
    }

    @Test
    @Order(80)
    void aRestartKeepsTheDataAndTheDemoDataIsNotAddedTwiceAndAnIndexThatLostDocumentsIsRebuilt() throws Exception {
        String tenders = portal.get("/api/v1/search?type=TENDER").body();
        String total = match(tenders, "\"total\":(\\d+)");
        String lost = match(tenders, "\"id\":\"(\\d+)\"");
        // 143 is how a JVM reports SIGTERM (128 + 15) after running its shutdown hooks; Ctrl-C gives 130
        assertEquals(143, portal.stop(), "exit code after SIGTERM");
        assertTrue(portal.logText().contains("The marketplace has stopped; the embedded database is shut down."), portal.logText());
        loseFromTheSearchIndex(IndexedType.TENDER, lost);
        portal = new Portal(portal.dataDir, Map.of("MARKETPLACE_DEMO", "true")).start();
        LOG.info(() -> String.format("Warm restart to /health/ready UP: %.1f s", portal.readyMillis() / 1000.0));

        assertTrue(portal.logText().contains("Demo data: already present, nothing added"), portal.logText());
        assertFalse(portal.logText().contains("First start: log in as"));
        assertTrue(portal.get("/api/v1/organisations?name=Hjemmem").body().contains("\"total\":1"));
        // the start-up check finds the index one tender short of the database and rebuilds it
        for (int attempt = 0; attempt < 100 && !portal.logText().contains("The search index was rebuilt"); attempt++) {
            Thread.sleep(200);
        }
        assertTrue(portal.logText().contains("TENDER documents where the database gives"), portal.logText());
        assertTrue(portal.logText().contains("The search index was rebuilt"), portal.logText());
        assertEquals(total, match(portal.get("/api/v1/search?type=TENDER").body(), "\"total\":(\\d+)"), "every tender is found again");
    }

    @Test
    @Order(85)
    void aSecondInstanceOnTheSameDatabaseKeepsItsOwnIndexFromTheSameOutbox() throws Exception {
        long databasePort = portal.process().descendants().map(p -> p.info().arguments().orElse(new String[0])).flatMap(Arrays::stream)
                .filter(a -> a.startsWith("--port=")).map(a -> Long.parseLong(a.substring("--port=".length()))).findFirst().orElseThrow();
        Path ownData = portal.dataDir.resolveSibling(portal.dataDir.getFileName() + "-second");
        try (Portal second = new Portal(ownData, Map.of("MARKETPLACE_DB_URL", "jdbc:mariadb://127.0.0.1:" + databasePort + "/marketplace",
                "MARKETPLACE_DB_USER", "marketplace", "MARKETPLACE_DB_PASSWORD", "embedded")).start()) {
            assertTrue(Files.isDirectory(ownData.resolve("search")), "the second instance keeps its index in its own folder");
            String everything = "/api/v1/search?q=monitorering";
            String total = match(portal.get(everything).body(), "\"total\":(\\d+)");
            awaitTotal(second, everything, total, null);

            // a change committed through one instance is found through the other
            String[] supplier = {"Authorization", "Bearer " + SearchBenchmark.token(portal, "supplier@demo.healthmarket.dk", DEMO_PASSWORD)};
            var created = portal.call("POST", "/api/v1/solutions", "{\"name\":\"Tvillingeinstans\",\"summary\":\"Fundet gennem den anden instans.\","
                    + "\"description\":\"En kladde skrevet gennem den første instans.\",\"languages\":[\"DA\"],\"categories\":[\"REMOTE_PATIENT_MONITORING\"],"
                    + "\"conditions\":[\"COPD\"],\"populationSegments\":[\"COMPLEX_CHRONIC_DISEASE\"],\"careSettings\":[\"HOME\"],"
                    + "\"priceModel\":\"Abonnement\",\"contact\":\"salg@example.dk\"}", supplier);
            assertEquals(201, created.statusCode(), created.body());
            String[] sameSupplier = {"Authorization", "Bearer " + SearchBenchmark.token(second, "supplier@demo.healthmarket.dk", DEMO_PASSWORD)};
            awaitTotal(second, "/api/v1/search?q=tvillingeinstans", "1", sameSupplier);
        }
    }

    /** Searches until the total is the one expected, for at most ten seconds. */
    private static void awaitTotal(Portal at, String path, String expected, String[] headers) throws InterruptedException {
        String last = "";
        for (int attempt = 0; attempt < 50; attempt++) {
            last = headers == null ? at.get(path).body() : at.call("GET", path, null, headers).body();
            if (last.matches("(?s).*\"total\":" + expected + "\\b.*")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " never found " + expected + ": " + last);
    }

    /** A disk fault while the portal is down: the live index loses one object's documents but keeps its place in the outbox. */
    private static void loseFromTheSearchIndex(IndexedType type, String id) throws IOException {
        Path search = portal.dataDir.resolve("search");
        Path pointer = search.resolve("CURRENT");
        try (SearchIndex index = SearchIndex.open(search.resolve(Files.exists(pointer) ? Files.readString(pointer).strip() : "index-0"))) {
            long before = index.count(type);
            index.remove(type, id);
            index.commit(index.cursor());
            assertEquals(before - 1, index.count(type));
        }
    }

    private static String match(String text, String pattern) {
        var found = java.util.regex.Pattern.compile(pattern).matcher(text);
        assertTrue(found.find(), pattern + " in " + text);
        return found.group(1);
    }

    @Test
    @Order(90)
    void aLostDatabaseMakesThePortalUnreadyAnd503UntilItReturns() throws Exception {
        ProcessHandle mariadb = portal.process().descendants()
                .filter(p -> p.info().command().orElse("").contains("mariadbd")).findFirst().orElseThrow();
        List<String> commandLine = commandLine(mariadb);
        mariadb.destroyForcibly();
        mariadb.onExit().get();

        assertEquals(503, portal.status("/health/ready"));
        var refused = portal.get("/api/v1/organisations");
        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("cannot be reached"), refused.body());

        restartedDatabase = new ProcessBuilder(commandLine).redirectErrorStream(true)
                .redirectOutput(portal.dataDir.resolveSibling("restarted-mariadb.log").toFile()).start();
        portal.awaitReady(Duration.ofMinutes(2));
        assertEquals(200, portal.get("/api/v1/organisations").statusCode());
    }

    private static List<String> commandLine(ProcessHandle process) throws IOException {
        String raw = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
        return Arrays.stream(raw.split("\0")).filter(s -> !s.isEmpty()).toList();
    }

    private static String validCvr() {
        return IntStream.iterate(39_000_000, n -> n + 1).mapToObj(String::valueOf).filter(Cvr::isValid).findFirst().orElseThrow();
    }
}
