package dk.healthmarket.deployment;

import dk.healthmarket.search.Audience;
import dk.healthmarket.search.IndexedType;
import dk.healthmarket.search.SearchDocument;
import java.time.Instant;
import java.util.ArrayList;
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

    /** The query mix: single words, phrases, two and three words, Danish and English, some narrowed by a category. */
    static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        String[] words = {"KOL", "COPD", "hjertesvigt", "dementia", "telemedicin", "sensor", "rehabilitation", "diabetes", "kræft",
            "medicinrobot", "screen visits", "videokonsultation", "pilot", "hjemmeplejen", "nurses"};
        for (String w : words) {
            queries.add(new Query(w, null));
        }
        for (String phrase : new String[] {"\"heart failure\"", "\"remote monitoring\"", "\"fewer admissions\"", "\"bedre livskvalitet\""}) {
            queries.add(new Query(phrase, null));
        }
        for (String several : new String[] {"KOL hjemmeplejen", "dementia sensor", "telemedicine heart failure", "diabetes app pilot",
            "faldforebyggelse plejehjemmet", "speech recognition hospital", "angst videokonsultation kommunen"}) {
            queries.add(new Query(several, null));
        }
        for (int i = 0; i < 6; i++) {
            queries.add(new Query(words[i], CATEGORIES[i]));
        }
        return queries;
    }

    record Query(String text, String category) {
    }

    private static String[] pick(Random random, String[][] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
