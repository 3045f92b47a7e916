package dk.healthmarket.deployment;

import dk.healthmarket.search.Audience;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A large, realistic-looking corpus for the search benchmark: solutions and tenders written from
 * Danish and English health and care vocabularies, the same every run (a fixed seed).
 */
final class BenchmarkCorpus {

    /** One generated item, as each engine gets it. */
    record Item(IndexedType type, long id, String name, String summary, String body, String category, String language, Instant deadline) {

        SearchDocument document() {
            Map<String, List<String>> facets = type == IndexedType.SOLUTION ? Map.of("category", List.of(category), "language", List.of(language))
                    : Map.of("status", List.of("PUBLISHED"), "category", List.of(category));
            return new SearchDocument(type.name().toLowerCase() + ":" + id, type, String.valueOf(id), name, summary, body, facets,
                    Set.of(Audience.PUBLIC), Set.of(), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id * 60), deadline, id % 7);
        }
    }

    static final String[] CATEGORIES = {"REMOTE_PATIENT_MONITORING", "TELEMEDICINE_HOME_TREATMENT", "AI_DIAGNOSTICS", "AI_TRIAGE",
        "DECISION_SUPPORT", "DIGITAL_THERAPEUTICS", "MEDICATION_MANAGEMENT", "REHABILITATION", "FALL_PREVENTION_AND_SENSORS",
        "ADMINISTRATIVE_AUTOMATION", "PREVENTION"};

    private static final String[][] CONDITIONS = {{"KOL", "COPD"}, {"hjertesvigt", "heart failure"}, {"diabetes", "diabetes"},
        {"demens", "dementia"}, {"kræft", "cancer"}, {"astma", "asthma"}, {"depression", "depression"}, {"angst", "anxiety"},
        {"overvægt", "obesity"}, {"skrøbelighed", "frailty"}, {"tryksår", "pressure ulcers"}, {"atrieflimren", "atrial fibrillation"}};
    private static final String[][] TECH = {{"hjemmemonitorering", "remote monitoring"}, {"telemedicin", "telemedicine"},
        {"videokonsultation", "video consultation"}, {"sensor", "sensor"}, {"app", "app"}, {"medicinrobot", "medication robot"},
        {"talegenkendelse", "speech recognition"}, {"beslutningsstøtte", "decision support"}, {"genoptræning", "rehabilitation"},
        {"faldforebyggelse", "fall prevention"}, {"kunstig intelligens", "artificial intelligence"}, {"skærmbesøg", "screen visits"}};
    private static final String[][] SETTINGS = {{"hjemmeplejen", "home care"}, {"sygehuset", "hospital"}, {"almen praksis", "general practice"},
        {"plejehjemmet", "nursing home"}, {"kommunen", "the municipality"}, {"apoteket", "the pharmacy"}};
    private static final String[][] OUTCOMES = {{"færre indlæggelser", "fewer admissions"}, {"sparet tid for sygeplejersker", "time saved for nurses"},
        {"bedre livskvalitet", "better quality of life"}, {"færre fald", "fewer falls"}, {"kortere ventetid", "shorter waiting times"},
        {"mindre dokumentationstid", "less documentation time"}};
    private static final String[] BRANDS = {"Nova", "Care", "Vita", "Nord", "Pulse", "Bright", "Sund", "Hjem", "Flow", "Klar", "Tryg", "Lys"};

    private BenchmarkCorpus() {
    }

    static List<Item> generate(int solutions, int tenders) {
        Random random = new Random(20261123);
        List<Item> items = new ArrayList<>(solutions + tenders);
        for (int i = 1; i <= solutions; i++) {
            int l = random.nextInt(2);
            String[] condition = pick(random, CONDITIONS);
            String[] tech = pick(random, TECH);
            String[] setting = pick(random, SETTINGS);
            String[] outcome = pick(random, OUTCOMES);
            String name = BRANDS[random.nextInt(BRANDS.length)] + capital(tech[l].split(" ")[0]) + " " + i;
            String summary = l == 0 ? capital(tech[0]) + " til borgere med " + condition[0] + " i " + setting[0] + "."
                    : capital(tech[1]) + " for people with " + condition[1] + " in " + setting[1] + ".";
            String body = l == 0 ? "Løsningen giver " + outcome[0] + " og bruges af personalet i " + setting[0] + ". Dokumenteret med "
                    + pick(random, CONDITIONS)[0] + "-patienter i en pilot." : "The solution gives " + outcome[1] + " and is used by staff in "
                    + setting[1] + ". Documented with " + pick(random, CONDITIONS)[1] + " patients in a pilot.";
            items.add(new Item(IndexedType.SOLUTION, i, name, summary, body, CATEGORIES[random.nextInt(CATEGORIES.length)], l == 0 ? "da" : "en", null));
        }
        for (int i = 1; i <= tenders; i++) {
            String[] condition = pick(random, CONDITIONS);
            String[] tech = pick(random, TECH);
            String name = "Udbud af " + tech[0] + " til " + condition[0] + " " + i;
            String body = "Regionen køber " + tech[0] + " til " + pick(random, SETTINGS)[0] + " med krav om " + pick(random, OUTCOMES)[0] + ".";
            items.add(new Item(IndexedType.TENDER, i, name, "Kontrakt om " + tech[0], body, CATEGORIES[random.nextInt(CATEGORIES.length)], "da",
                    Instant.parse("2026-12-01T12:00:00Z").plusSeconds(3600L * random.nextInt(24 * 120))));
        }
        return items;
    }

    /**
     * The distinct searches people make: one to three health-care words or phrases, Danish and
     * English, a quarter narrowed by a category, a fifth by the kind of document, some asking for a
     * later page; the same every run. The simplest come first, as the most asked.
     */
    static List<Query> searches(int count) {
        Random random = new Random(20261124);
        List<String> terms = new ArrayList<>(List.of("pilot", "nurses", "personalet", "borgere", "patients", "løsningen"));
        for (String[][] vocabulary : List.of(CONDITIONS, TECH, SETTINGS, OUTCOMES)) {
            for (String[] pair : vocabulary) {
                for (String term : pair) {
                    terms.add(term.contains(" ") && random.nextBoolean() ? "\"" + term + "\"" : term);
                }
            }
        }
        Set<Query> searches = new LinkedHashSet<>();
        while (searches.size() < count) {
            int words = random.nextInt(10) < 5 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
            StringBuilder text = new StringBuilder(terms.get(random.nextInt(terms.size())));
            for (int w = 1; w < words; w++) {
                text.append(' ').append(terms.get(random.nextInt(terms.size())));
            }
            String category = random.nextInt(4) == 0 ? CATEGORIES[random.nextInt(CATEGORIES.length)] : null;
            IndexedType type = random.nextInt(5) == 0 ? (random.nextBoolean() ? IndexedType.SOLUTION : IndexedType.TENDER) : null;
            int page = random.nextInt(20) == 0 ? 3 : random.nextInt(10) == 0 ? 2 : 1;
            searches.add(new Query(text.toString(), category, type, page));
        }
        return searches.stream().sorted(Comparator.comparingInt(Query::complexity)).toList();
    }

    /** One search: the text, and any category, kind of document and page asked for. */
    record Query(String text, String category, IndexedType type, int page) {

        int complexity() {
            return text.split(" ").length + (category == null ? 0 : 1) + (type == null ? 0 : 1) + (page == 1 ? 0 : 1);
        }
    }

    /**
     * Searches as they arrive: a few asked often and most seldom, the k-th most asked k times less
     * often than the first (Zipf's law with exponent 1, as search logs are commonly described).
     * Seeded, so every engine gets the same stream.
     */
    static final class Arrivals {

        private final List<Query> searches;
        private final double[] cumulative;
        private final Random random;

        Arrivals(List<Query> searches, long seed) {
            this.searches = searches;
            this.cumulative = new double[searches.size()];
            double sum = 0;
            for (int k = 0; k < cumulative.length; k++) {
                sum += 1.0 / (k + 1);
                cumulative[k] = sum;
            }
            this.random = new Random(seed);
        }

        Query next() {
            int k = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
            return searches.get(Math.min(searches.size() - 1, k < 0 ? -k - 1 : k));
        }
    }

    private static String[] pick(Random random, String[][] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
