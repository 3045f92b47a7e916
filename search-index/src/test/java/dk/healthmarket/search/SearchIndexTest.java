package dk.healthmarket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path directory;

    private SearchIndex index;

    static SearchDocument solution(String id, String name, String summary, String text, String category, String condition,
            Set<Audience> visibleTo, long adoptions) {
        return new SearchDocument("solution:" + id, IndexedType.SOLUTION, id, name, summary, text,
                Map.of("category", List.of(category), "condition", List.of(condition)), visibleTo, Set.of(),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(Long.parseLong(id) * 86_400), null, adoptions);
    }

    static SearchDocument tender(String id, String name, String text, String status, Instant deadline) {
        return new SearchDocument("tender:" + id, IndexedType.TENDER, id, name, null, text, Map.of("status", List.of(status)),
                Set.of(Audience.PUBLIC), Set.of(), Instant.parse("2026-03-01T00:00:00Z"), deadline, 0);
    }

    @BeforeEach
    void corpus() {
        index = SearchIndex.open(directory);
        index.put(solution("1", "KOL-monitor", "Hjemmemonitorering af KOL med tablet.", "Borgeren måler iltmætning hjemme.",
                "REMOTE_PATIENT_MONITORING", "COPD", Set.of(Audience.PUBLIC), 5));
        index.put(solution("2", "HeartWatch", "Telemedicine follow-up of heart failure.", "Daily readings sent to the hospital.",
                "TELEMEDICINE_HOME_TREATMENT", "HEART_FAILURE", Set.of(Audience.PUBLIC), 2));
        index.put(solution("3", "Plejeplan", "Planlægning i ældreplejen.", "Færre kørte kilometer i hjemmeplejen; nævner KOL-monitor ikke.",
                "ADMINISTRATIVE_AUTOMATION", "OTHER", Set.of(Audience.PUBLIC), 9));
        index.put(solution("4", "DiaCoach", "Decision support for diabetes.", "Insulin adjustment for people with diabetes.",
                "DECISION_SUPPORT", "DIABETES", Set.of(Audience.PUBLIC), 0));
        index.put(solution("5", "Hemmelig kladde", "Udkast om KOL.", "Endnu ikke godkendt.", "REMOTE_PATIENT_MONITORING", "COPD",
                Set.of(Audience.organisation(77), Audience.REVIEWERS), 0));
        index.put(solution("6", "Lungeven", "Rehabilitering ved KOL i kommunen.", "Genoptræning med video.",
                "REHABILITATION", "COPD", Set.of(Audience.PUBLIC), 1));
        index.put(tender("10", "Udbud af faldsensorer", "Sensorer til plejecentre", "PUBLISHED", Instant.parse("2026-12-01T12:00:00Z")));
        index.put(tender("11", "Udbud af talegenkendelse", "Talegenkendelse til journalføring", "PUBLISHED", Instant.parse("2026-12-20T12:00:00Z")));
        index.commit(42);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private SearchResult search(String text) {
        return search(text, Map.of(), Viewer.ANONYMOUS);
    }

    private SearchResult search(String text, Map<String, Set<String>> filters, Viewer viewer) {
        return index.search(new SearchQuery(text, Optional.empty(), filters, Set.of(), SearchSort.RELEVANCE, 1, 20, viewer, NOW));
    }

    private static List<String> names(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::name).toList();
    }

    @Test
    void aDanishQueryFindsTheEnglishTermAndBackThroughTheHealthSynonyms() {
        assertEquals(List.of("HeartWatch"), names(search("hjertesvigt")));
        assertTrue(names(search("COPD")).contains("KOL-monitor"), "COPD finds KOL: " + names(search("COPD")));
        assertEquals(List.of("DiaCoach"), names(search("sukkersyge")));
        assertTrue(names(search("rehabilitation")).contains("Lungeven"));
        assertTrue(Analysis.lines("synonyms.txt").size() >= 60, "at least sixty Danish-English sets");
    }

    @Test
    void aHealthTermFindsEveryNameAndInflectionOfItsConceptAndAPhraseWithItEveryNameFollowedByTheRest() {
        index.put(solution("20", "Vagtalarm", "Night alarms for nursing homes.", "Nursing home alarms that wake the night shift.",
                "FALL_PREVENTION_AND_SENSORS", "OTHER", Set.of(Audience.PUBLIC), 0));
        index.put(solution("21", "Natteravn", "Natlige alarmer til plejehjemmet.", "Plejehjem alarmer vækker nattevagten.",
                "FALL_PREVENTION_AND_SENSORS", "OTHER", Set.of(Audience.PUBLIC), 0));
        index.put(solution("22", "Hjemmevagt", "Alarms for nursing staff working at home.", "", "FALL_PREVENTION_AND_SENSORS", "OTHER",
                Set.of(Audience.PUBLIC), 0));
        index.commit(43);
        for (String term : List.of("plejehjem", "nursing home", "\"care home\"", "Care Home")) {
            assertEquals(Set.of("Vagtalarm", "Natteravn"), Set.copyOf(names(search(term))), term + " and not its words apart");
        }
        assertEquals(Set.of("Vagtalarm", "Natteravn"), Set.copyOf(names(search("\"care home alarms\""))), "a phrase that goes on after the term");
        assertEquals(Set.of(), Set.copyOf(names(search("\"alarms nursing home\""))), "the words in that order are nowhere");
        String snippet = search("plejehjem").hits().stream().filter(h -> h.name().equals("Vagtalarm")).findFirst().orElseThrow().snippet();
        assertTrue(snippet.contains("<mark>nursing homes</mark>") || snippet.contains("<mark>Nursing home</mark>"), "the whole term is marked: " + snippet);
    }

    @Test
    void foldedLettersStemsAndCompoundPartsFindTheWrittenForm() {
        assertEquals(List.of("Plejeplan"), names(search("aeldreplejen")), "ae for æ");
        assertEquals(List.of("Plejeplan"), names(search("ældrepleje")), "a Danish stem");
        assertTrue(names(search("monitorering")).contains("KOL-monitor"), "a compound's part: " + names(search("monitorering")));
        assertEquals(List.of("DiaCoach"), names(search("adjusting insulin")), "an English stem");
    }

    @Test
    void aNameMatchOutranksATextMatch() {
        assertEquals(List.of("KOL-monitor", "Plejeplan"), names(search("\"KOL-monitor\"")));
    }

    @Test
    void anExcludedWordExcludesADocumentThatHasItAnywhereEvenWhenTheNameMatches() {
        assertEquals(List.of("KOL-monitor", "Plejeplan"), names(search("\"KOL-monitor\"")));
        assertEquals(List.of("KOL-monitor"), names(search("\"KOL-monitor\" -hjemmeplejen")),
                "Plejeplan's name does not say hjemmeplejen, its text does");
        assertEquals(List.of("Plejeplan"), names(search("\"KOL-monitor\" -iltmætning")), "KOL-monitor's text, not its name, says iltmætning");
    }

    @Test
    void anIndexHeldElsewhereIsWaitedForAsLongAsAllowed(@TempDir Path held) throws Exception {
        SearchIndex first = SearchIndex.open(held);
        assertThrows(java.io.UncheckedIOException.class, () -> SearchIndex.open(held), "no patience: refused at once");
        var closer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            closer.schedule(first::close, 300, java.util.concurrent.TimeUnit.MILLISECONDS);
            try (SearchIndex second = SearchIndex.open(held, java.time.Duration.ofSeconds(10))) {
                assertEquals(0, second.count(), "opened once the first let go");
            }
        } finally {
            closer.shutdownNow();
        }
    }

    @Test
    void theViewerFindsOnlyWhatTheyMaySee() {
        assertFalse(names(search("kladde")).contains("Hemmelig kladde"));
        assertEquals(List.of("Hemmelig kladde"), names(search("kladde", Map.of(), Viewer.of(77L, false))));
        assertEquals(List.of(), names(search("kladde", Map.of(), Viewer.of(78L, false))));
        assertEquals(List.of("Hemmelig kladde"), names(search("kladde", Map.of(), Viewer.of(null, true))));
    }

    @Test
    void aNewerVersionHidesTheOlderFromThoseWhoSeeIt() {
        index.put(new SearchDocument("solution:1:working", IndexedType.SOLUTION, "1", "KOL-monitor 2", "Ny udgave", "Ny tekst", Map.of(),
                Set.of(Audience.organisation(5), Audience.REVIEWERS), Set.of(), Instant.now(), null, 0));
        index.put(new SearchDocument("solution:1", IndexedType.SOLUTION, "1", "KOL-monitor", "Hjemmemonitorering af KOL med tablet.", "",
                Map.of(), Set.of(Audience.PUBLIC), Set.of(Audience.organisation(5), Audience.REVIEWERS), Instant.now(), null, 0));
        index.commit(43);
        assertEquals(List.of("KOL-monitor"), names(search("\"KOL-monitor\"")).stream().filter(n -> n.startsWith("KOL")).toList());
        assertEquals(List.of("KOL-monitor 2"), names(search("\"KOL-monitor\"", Map.of(), Viewer.of(5L, false))).stream()
                .filter(n -> n.startsWith("KOL")).toList());
        index.remove(IndexedType.SOLUTION, "1");
        index.commit(44);
        assertEquals(List.of(), names(search("\"KOL-monitor\"", Map.of(), Viewer.of(null, true))).stream().filter(n -> n.startsWith("KOL")).toList());
    }

    @Test
    void facetsCountWithTheQueryAndEachDimensionKeepsItsOtherValues() {
        SearchResult kol = search("KOL");
        assertEquals(Map.of("REMOTE_PATIENT_MONITORING", 1L, "REHABILITATION", 1L, "ADMINISTRATIVE_AUTOMATION", 1L), counts(kol, "category"));
        SearchResult chosen = search("KOL", Map.of("category", Set.of("REHABILITATION")), Viewer.ANONYMOUS);
        assertEquals(List.of("Lungeven"), names(chosen));
        assertEquals(3, counts(chosen, "category").size(), "the chosen dimension still offers its other values");
        assertEquals(Map.of("COPD", 1L), counts(chosen, "condition"), "other dimensions count the chosen set");
        SearchResult two = search("", Map.of("category", Set.of("REHABILITATION", "DECISION_SUPPORT"), "condition", Set.of("DIABETES")), Viewer.ANONYMOUS);
        assertEquals(List.of("DiaCoach"), names(two), "values of one dimension are OR, dimensions AND");
    }

    @Test
    void aChosenFacetValueWithAQueryThatMatchesNothingFindsNothingAndCountsNothing() {
        SearchResult none = search("hjertestarter", Map.of("category", Set.of("REHABILITATION")), Viewer.ANONYMOUS);
        assertEquals(0, none.total());
        assertEquals(Map.of(), counts(none, "category"));
    }

    private static Map<String, Long> counts(SearchResult result, String dimension) {
        return result.facets().getOrDefault(dimension, List.of()).stream()
                .collect(java.util.stream.Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
    }

    @Test
    void snippetsMarkWhereTheQueryMatched() {
        SearchResult.Hit hit = search("iltmætning").hits().get(0);
        assertTrue(hit.snippet().contains("<mark>iltmætning</mark>"), hit.snippet());
    }

    @Test
    void aMisspelledQueryIsCorrectedAndSaysSo() {
        SearchResult result = search("diabtes");
        assertEquals(Optional.of("diabetes"), result.didYouMean());
        assertTrue(result.fuzzy());
        assertEquals(List.of("DiaCoach"), names(result));
    }

    @Test
    void aTypoInTheFirstLetterIsFoundByTheNearMatchesOfThatWordAlone() {
        SearchResult result = search("kiabetes insulin");
        assertEquals(Optional.empty(), result.didYouMean(), "spelling suggestions keep the first letter");
        assertTrue(result.fuzzy());
        assertEquals(List.of("DiaCoach"), names(result), "the misspelled word is required, within two edits");
    }

    @Test
    void wordsTheIndexKnowsButNeverTogetherFindNothingRatherThanNearlyEverything() {
        SearchResult result = search("iltmætning insulin");
        assertEquals(0, result.total());
        assertFalse(result.fuzzy(), "nothing was misspelled");
    }

    @Test
    void autocompleteCompletesNamesTheViewerMayFind() {
        assertEquals(List.of("Udbud af faldsensorer", "Udbud af talegenkendelse"), index.suggest("udbud a", Viewer.ANONYMOUS, 5));
        assertEquals(List.of("Lungeven"), index.suggest("lung", Viewer.ANONYMOUS, 5));
        assertEquals(List.of(), index.suggest("hemmel", Viewer.ANONYMOUS, 5));
        assertEquals(List.of("Hemmelig kladde"), index.suggest("hemmel", Viewer.of(77L, false), 5));
        assertEquals(List.of(), index.suggest("ord ".repeat(2_000) + "lung", Viewer.ANONYMOUS, 5), "a long paste is answered, not refused");
    }

    @Test
    void similarSolutionsShareTermsAndNeverIncludeTheSolutionItself() {
        List<String> similar = index.similar(IndexedType.SOLUTION, "1", Viewer.ANONYMOUS, 3).stream().map(SearchResult.Hit::name).toList();
        assertFalse(similar.contains("KOL-monitor"));
        assertFalse(similar.contains("Hemmelig kladde"), "visibility holds here too");
        assertTrue(similar.contains("Lungeven") || similar.contains("Plejeplan"), similar.toString());
    }

    @Test
    void malformedSyntaxIsSaidPlainly() {
        var refused = assertThrows(SearchSyntaxException.class, () -> search("\"KOL"));
        assertFalse(refused.getMessage().isBlank());
        assertThrows(SearchSyntaxException.class, () -> search("*kol"));
        assertThrows(SearchSyntaxException.class, () -> search("(KOL AND"));
        assertThrows(SearchSyntaxException.class, () -> search("KOL OR " + "pleje OR ".repeat(1500) + "demens"), "too long to answer");
    }

    @Test
    void ordersByDeadlineNewestAndAdoptions() {
        var byDeadline = index.search(new SearchQuery("udbud", Optional.of(IndexedType.TENDER), Map.of(), Set.of(), SearchSort.DEADLINE, 1, 10,
                Viewer.ANONYMOUS, NOW));
        assertEquals(List.of("Udbud af faldsensorer", "Udbud af talegenkendelse"), names(byDeadline));
        var adopted = index.search(new SearchQuery("", Optional.of(IndexedType.SOLUTION), Map.of(), Set.of(), SearchSort.MOST_ADOPTED, 1, 2,
                Viewer.ANONYMOUS, NOW));
        assertEquals(List.of("Plejeplan", "KOL-monitor"), names(adopted));
        var page2 = index.search(new SearchQuery("", Optional.of(IndexedType.SOLUTION), Map.of(), Set.of(), SearchSort.NEWEST, 2, 2,
                Viewer.ANONYMOUS, NOW));
        assertEquals(List.of("Plejeplan", "HeartWatch"), names(page2), "newest first, second page");
        assertEquals(5, page2.total());
    }

    @Test
    void deadlineRangesCountFromNowAndNarrowLikeFacets() {
        var tenders = index.search(new SearchQuery("", Optional.of(IndexedType.TENDER), Map.of(), Set.of(), SearchSort.DEADLINE, 1, 10,
                Viewer.ANONYMOUS, NOW));
        assertEquals(Map.of("WITHIN_30_DAYS", 2L), counts(tenders, SearchQuery.DEADLINE));
        var later = Instant.parse("2026-12-10T12:00:00Z");
        var soon = index.search(new SearchQuery("", Optional.of(IndexedType.TENDER), Map.of(), Set.of(DeadlineRange.WITHIN_30_DAYS),
                SearchSort.DEADLINE, 1, 10, Viewer.ANONYMOUS, later));
        assertEquals(List.of("Udbud af talegenkendelse"), names(soon));
        assertEquals(Map.of("PASSED", 1L, "WITHIN_30_DAYS", 1L), counts(soon, SearchQuery.DEADLINE), "the other ranges stay choosable");
    }

    @Test
    void deadlineRangesCountAndNarrowInAnIndexWithoutFacetsToo(@TempDir Path elsewhere) {
        try (SearchIndex bare = SearchIndex.open(elsewhere)) {
            for (String[] t : new String[][] {{"20", "2026-11-20T12:00:00Z"}, {"21", "2026-11-25T12:00:00Z"}, {"22", "2027-03-01T12:00:00Z"}}) {
                bare.put(new SearchDocument("tender:" + t[0], IndexedType.TENDER, t[0], "Udbud " + t[0], null, "Sengeudstyr", Map.of(),
                        Set.of(Audience.PUBLIC), Set.of(), NOW, Instant.parse(t[1]), 0));
            }
            bare.commit(1);
            var all = bare.search(new SearchQuery("sengeudstyr", Optional.empty(), Map.of(), Set.of(), SearchSort.DEADLINE, 1, 10, Viewer.ANONYMOUS, NOW));
            assertEquals(Map.of("PASSED", 1L, "WITHIN_7_DAYS", 1L, "LATER", 1L), counts(all, SearchQuery.DEADLINE));
            var soon = bare.search(new SearchQuery("sengeudstyr", Optional.empty(), Map.of(), Set.of(DeadlineRange.WITHIN_7_DAYS), SearchSort.DEADLINE,
                    1, 10, Viewer.ANONYMOUS, NOW));
            assertEquals(List.of("Udbud 21"), names(soon));
            assertEquals(Map.of("PASSED", 1L, "WITHIN_7_DAYS", 1L, "LATER", 1L), counts(soon, SearchQuery.DEADLINE), "the other ranges stay choosable");
        }
    }

    @Test
    void withoutWordsTheMostRelevantAreTheNewest() {
        var all = index.search(new SearchQuery("", Optional.of(IndexedType.SOLUTION), Map.of(), Set.of(), SearchSort.RELEVANCE, 1, 3,
                Viewer.ANONYMOUS, NOW));
        assertEquals(List.of("Lungeven", "DiaCoach", "Plejeplan"), names(all));
    }

    @Test
    void theTotalCountsEveryMatchWhereTheRankingStopsLookingEarly() {
        for (int i = 100; i < 3_100; i++) {
            index.put(solution(String.valueOf(i), i == 2_000 ? "Telemedicinkufferten" : "Løsning " + i, "Telemedicin i hjemmet.", i % 3 == 0 ? "Også for KOL." : "Video.",
                    "TELEMEDICINE_HOME_TREATMENT", "OTHER", Set.of(Audience.PUBLIC), 0));
        }
        index.commit(43);
        var found = search("telemedicin");
        assertEquals(3_001, found.total(), "the 3,000 added and HeartWatch");
        assertEquals(3_001, found.facets().get("category").stream().mapToLong(SearchResult.FacetCount::count).sum());
        assertEquals("Telemedicinkufferten", names(found).get(0), "the one name match first, found among 3,001");
        assertEquals(1_000, search("telemedicin KOL").total(), "every third of the added");
        Map<String, Set<String>> everyMatchHasIt = Map.of("category", Set.of("TELEMEDICINE_HOME_TREATMENT"));
        assertEquals(found.hits(), search("telemedicin", everyMatchHasIt, Viewer.ANONYMOUS).hits(),
                "the value every match has, chosen, ranks them as before, each with its score");
        var twoWords = search("telemedicin hjemmet");
        assertEquals("Telemedicinkufferten", names(twoWords).get(0), "ranked with its count, in one pass");
        assertEquals(twoWords.hits(), search("telemedicin hjemmet", everyMatchHasIt, Viewer.ANONYMOUS).hits(), "and so with a value chosen");
    }

    @Test
    void compactingMergesTheIndexIntoOneSegmentAndKeepsWhatItFinds() throws Exception {
        index.put(solution("7", "Ekstra", "Endnu en KOL-løsning.", "Tilføjet senere.", "PREVENTION", "COPD", Set.of(Audience.PUBLIC), 0));
        index.commit(43);
        List<String> before = names(search("KOL"));
        assertTrue(segments() > 1, "two commits, two segments");
        index.compact();
        index.commit(44);
        assertEquals(1, segments());
        assertEquals(before, names(search("KOL")));
        assertEquals(44, index.cursor());
    }

    private int segments() throws Exception {
        try (var folder = org.apache.lucene.store.FSDirectory.open(directory); var reader = org.apache.lucene.index.DirectoryReader.open(folder)) {
            return reader.leaves().size();
        }
    }

    @Test
    void anIndexOfAnEarlierFormatIsNotReadSinceTheSearchesRelyOnWhatItLacks(@TempDir Path earlier) throws Exception {
        // before format 2 nothing was marked as hidden from the public; before format 3 each language had a text field of its own;
        // before format 4 no health term was marked with its concept, and a changed synonym list marks them differently
        Path unmarked = earlier.resolve("unmarked");
        Path twoFields = earlier.resolve("format-2");
        Path noConcepts = earlier.resolve("format-3");
        Path otherSynonyms = earlier.resolve("format-4-other-list");
        write(unmarked, Map.of("outbox", "5"));
        write(twoFields, Map.of("outbox", "5", "format", "2"));
        write(noConcepts, Map.of("outbox", "5", "format", "3"));
        write(otherSynonyms, Map.of("outbox", "5", "format", "4:" + "0".repeat(16)));
        assertFalse(SearchIndex.readable(unmarked));
        assertFalse(SearchIndex.readable(twoFields));
        assertFalse(SearchIndex.readable(noConcepts));
        assertFalse(SearchIndex.readable(otherSynonyms));
        assertFalse(SearchIndex.readable(earlier.resolve("nothing-here")));
        assertTrue(SearchIndex.readable(directory), "the index of this version");
    }

    private static void write(Path path, Map<String, String> commitData) throws Exception {
        try (var folder = FSDirectory.open(path); var writer = new IndexWriter(folder, new IndexWriterConfig())) {
            writer.addDocument(List.of(new StringField(Fields.VISIBLE_TO, "organisation:77", Field.Store.NO)));
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
        }
    }

    @Test
    void theCursorIsKeptWithTheCommitAndReadAfterReopening() {
        assertEquals(42, index.cursor());
        index.close();
        index = SearchIndex.open(directory);
        assertEquals(42, index.cursor());
        assertEquals(8, index.count());
        assertEquals(6, index.count(IndexedType.SOLUTION));
        assertTrue(SearchIndex.readable(directory));
    }
}
