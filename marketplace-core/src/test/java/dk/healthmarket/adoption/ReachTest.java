package dk.healthmarket.adoption;

import static dk.healthmarket.adoption.AdoptionStage.DISCONTINUED;
import static dk.healthmarket.adoption.AdoptionStage.IMPLEMENTATION;
import static dk.healthmarket.adoption.AdoptionStage.OPERATION;
import static dk.healthmarket.adoption.AdoptionStage.PILOT;
import static dk.healthmarket.adoption.AdoptionStage.PLANNED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.healthmarket.adoption.Reach.State;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A solution's reach worked out by hand, day by day, for two regions A and B and Denmark. */
class ReachTest {

    private static final List<String> REGIONS = List.of("A", "B");

    // a municipality in A: pilot from 10 January, operation from 1 March; 1,000 people, 100 hours
    private static final UsePeriod A_PILOT = new UsePeriod("A", false, 1000, 100, PILOT, day(1, 10), day(3, 1));
    private static final UsePeriod A_OPERATION = new UsePeriod("A", false, 1000, 100, OPERATION, day(3, 1), null);
    // region B itself: implementation from 1 February, stopped on 1 May; 50 hours
    private static final UsePeriod B_IMPLEMENTATION = new UsePeriod("B", true, null, 50, IMPLEMENTATION, day(2, 1), day(5, 1));
    private static final UsePeriod B_STOPPED = new UsePeriod("B", true, null, 50, DISCONTINUED, day(5, 1), null);
    // the national organisation: planned from 1 January, operation from 1 April; 10 hours
    private static final UsePeriod DK_PLANNED = new UsePeriod(null, true, null, 10, PLANNED, day(1, 1), day(4, 1));
    private static final UsePeriod DK_OPERATION = new UsePeriod(null, true, null, 10, OPERATION, day(4, 1), null);
    // another municipality in A starts a pilot on 1 June: nothing the index counts changes
    private static final UsePeriod A_SECOND_PILOT = new UsePeriod("A", false, 500, null, PILOT, day(6, 1), null);

    private static final List<UsePeriod> ALL = List.of(A_PILOT, A_OPERATION, B_IMPLEMENTATION, B_STOPPED, DK_PLANNED, DK_OPERATION, A_SECOND_PILOT);

    private static List<Reach> spansIn(String area) {
        return Reach.of(ALL, REGIONS).stream().filter(r -> r.area().equals(area)).toList();
    }

    @Test
    void aRegionCountsItsOwnAdoptionsAndTheNationalOnesFromItsFirstUseOn() {
        List<Reach> a = spansIn("A");
        assertEquals(List.of(
                new Reach("A", day(1, 10), day(3, 1), day(1, 10), new State(0, 0, false, false, 0, 0, 0)),
                new Reach("A", day(3, 1), day(4, 1), day(1, 10), new State(1, 100, true, false, 1000, 100, 1)),
                // the national operation counts as an adoption in A and covers all of it, but its hours are not A's
                new Reach("A", day(4, 1), Reach.OPEN, day(1, 10), new State(2, 100, true, true, 1000, 100, 1))), a);
    }

    @Test
    void aRegionWideUseCoversItsRegionUntilItStops() {
        List<Reach> b = spansIn("B");
        assertEquals(List.of(
                new Reach("B", day(2, 1), day(4, 1), day(2, 1), new State(0, 0, true, true, 0, 50, 1)),
                new Reach("B", day(4, 1), day(5, 1), day(2, 1), new State(1, 0, true, true, 0, 50, 1)),
                // stopped, but the national operation still covers B
                new Reach("B", day(5, 1), Reach.OPEN, day(2, 1), new State(1, 0, true, true, 0, 0, 0))), b);
    }

    @Test
    void denmarkCountsEveryAdoptionAndOnlyANationalOneCoversAllOfIt() {
        List<Reach> denmark = spansIn(Reach.DENMARK);
        assertEquals(List.of(
                new Reach("DK", day(1, 10), day(2, 1), day(1, 10), new State(0, 0, false, false, 0, 0, 0)),
                new Reach("DK", day(2, 1), day(3, 1), day(1, 10), new State(0, 0, true, false, 0, 50, 1)),
                new Reach("DK", day(3, 1), day(4, 1), day(1, 10), new State(1, 100, true, false, 0, 150, 2)),
                new Reach("DK", day(4, 1), day(5, 1), day(1, 10), new State(2, 110, true, true, 0, 160, 2)),
                new Reach("DK", day(5, 1), Reach.OPEN, day(1, 10), new State(2, 110, true, true, 0, 110, 1))), denmark);
    }

    @Test
    void coverageIsTheWholeAreaWhenAreaWideElseThePeopleCoveredAtMostAll() {
        assertEquals(0.1, new State(1, 0, true, false, 1000, 0, 1).coverage(10_000), 1e-12);
        assertEquals(1.0, new State(1, 0, true, false, 25_000, 0, 1).coverage(10_000), 1e-12, "more people stated than live there");
        assertEquals(1.0, new State(1, 0, true, true, 0, 0, 1).coverage(10_000), 1e-12);
    }

    @Test
    void onlyPlannedUseReachesNothing() {
        assertEquals(List.of(), Reach.of(List.of(DK_PLANNED, new UsePeriod("A", false, null, null, PLANNED, day(2, 1), null)), REGIONS));
    }

    /**
     * Property: whatever the adoptions, the span that holds a day says what the adoptions say on that
     * day, from the area's first use on; before it, no span holds the day. 300 random solutions.
     */
    @Test
    void theSpanHoldingAnyDayIsWhatTheAdoptionsSayOnThatDay() {
        java.util.Random random = new java.util.Random(6);
        AdoptionStage[] stages = AdoptionStage.values();
        for (int solution = 0; solution < 300; solution++) {
            List<UsePeriod> periods = new java.util.ArrayList<>();
            for (int adoption = 0; adoption < 1 + random.nextInt(6); adoption++) {
                String region = random.nextInt(5) == 0 ? null : REGIONS.get(random.nextInt(REGIONS.size()));
                boolean wide = region == null || random.nextBoolean();
                Integer people = wide ? null : 100 * (1 + random.nextInt(50));
                LocalDate from = day(1, 1).plusDays(random.nextInt(200));
                for (int change = 0, count = 1 + random.nextInt(4); change < count; change++) {
                    LocalDate until = change == count - 1 ? null : from.plusDays(1 + random.nextInt(60));
                    periods.add(new UsePeriod(region, wide, people, random.nextInt(500), stages[random.nextInt(stages.length)], from, until));
                    from = until;
                }
            }
            List<Reach> reach = Reach.of(periods, REGIONS);
            for (String area : List.of("A", "B", Reach.DENMARK)) {
                List<UsePeriod> counted = periods.stream().filter(p -> p.countsIn(area)).toList();
                LocalDate firstUse = counted.stream().filter(p -> p.stage().used()).map(UsePeriod::from).min(LocalDate::compareTo).orElse(null);
                for (LocalDate day = day(1, 1); day.isBefore(day(12, 31)); day = day.plusDays(3)) {
                    LocalDate on = day;
                    List<Reach> holding = reach.stream().filter(r -> r.area().equals(area) && !r.from().isAfter(on) && r.until().isAfter(on)).toList();
                    if (firstUse == null || day.isBefore(firstUse)) {
                        assertEquals(List.of(), holding, area + " before its first use, case " + solution);
                    } else {
                        assertEquals(1, holding.size(), area + " on " + day + ", case " + solution);
                        assertEquals(State.of(area, counted, day), holding.get(0).state(), area + " on " + day + ", case " + solution);
                    }
                }
            }
        }
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2024, month, dayOfMonth);
    }
}
