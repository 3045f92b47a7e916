package dk.healthmarket.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * How far a solution reaches in an area (a region, or Denmark as a whole) over a span of days,
 * from the area's first use of it on. A solution's reach is a handful of spans per area, worked out
 * again whenever one of its adoptions changes, so the innovation index of any day reads one span
 * per solution and area instead of walking every adoption's history.
 */
public record Reach(String area, LocalDate from, LocalDate until, LocalDate firstUsedOn, State state) {

    public static final String DENMARK = "DK";
    /** The end of a span that has not ended. */
    public static final LocalDate OPEN = LocalDate.of(9999, 12, 31);

    /**
     * What the area has of the solution on a day. A region counts its own adoptions and the national
     * ones; the hours and the people covered are its own organisations'.
     *
     * @param operating adoptions in operation
     * @param operatingHours hours saved a year by the area's own adoptions in operation
     * @param inUse whether it is in real use (implementation or operation) in the area
     * @param inUseWide whether that use covers the whole area: a region-wide or a national adoption
     * @param inUsePeople the people the area's own adoptions in real use cover
     * @param inUseHours hours saved a year by the area's own adoptions in real use
     * @param regionsInUse the regions whose own organisations use it for real
     */
    public record State(int operating, long operatingHours, boolean inUse, boolean inUseWide, long inUsePeople, long inUseHours, int regionsInUse) {

        /** How much of an area with this many people the use covers: all of it when it is area-wide, else its people's share, at most all. */
        public double coverage(long population) {
            return inUseWide ? 1 : Math.min(1, (double) inUsePeople / population);
        }

        static State of(String area, List<UsePeriod> counted, LocalDate day) {
            List<UsePeriod> on = counted.stream().filter(p -> p.on(day)).toList();
            List<UsePeriod> operating = on.stream().filter(p -> p.stage() == AdoptionStage.OPERATION).toList();
            List<UsePeriod> inUse = on.stream().filter(p -> p.stage().reaches()).toList();
            Predicate<UsePeriod> own = p -> p.ownIn(area);
            return new State(operating.size(),
                    operating.stream().filter(own).mapToLong(UsePeriod::hoursSaved).sum(),
                    !inUse.isEmpty(),
                    inUse.stream().anyMatch(p -> p.regionWide() && (p.national() || area.equals(p.regionCode()))),
                    inUse.stream().filter(p -> area.equals(p.regionCode())).mapToLong(UsePeriod::people).sum(),
                    inUse.stream().filter(own).mapToLong(UsePeriod::hoursSaved).sum(),
                    (int) inUse.stream().filter(p -> !p.national()).map(UsePeriod::regionCode).distinct().count());
        }
    }

    /** The solution's reach in each region and in Denmark, from the stage periods of all its adoptions. */
    public static List<Reach> of(List<UsePeriod> periods, List<String> regionCodes) {
        List<Reach> reach = new ArrayList<>();
        regionCodes.forEach(region -> reach.addAll(in(region, periods)));
        reach.addAll(in(DENMARK, periods));
        return reach;
    }

    /** The spans of an area from its first use on, each as long as nothing in it changes; the last one open. */
    private static List<Reach> in(String area, List<UsePeriod> periods) {
        List<UsePeriod> counted = periods.stream().filter(p -> p.countsIn(area)).toList();
        Optional<LocalDate> firstUse = counted.stream().filter(p -> p.stage().used()).map(UsePeriod::from).min(Comparator.naturalOrder());
        if (firstUse.isEmpty()) {
            return List.of();
        }
        TreeSet<LocalDate> changes = new TreeSet<>();
        for (UsePeriod p : counted) {
            changes.add(p.from());
            Optional.ofNullable(p.until()).ifPresent(changes::add);
        }
        List<Reach> spans = new ArrayList<>();
        for (LocalDate day : changes.tailSet(firstUse.get())) {
            State state = State.of(area, counted, day);
            Reach last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last == null || !last.state().equals(state)) {
                if (last != null) {
                    spans.set(spans.size() - 1, new Reach(area, last.from(), day, last.firstUsedOn(), last.state()));
                }
                spans.add(new Reach(area, day, OPEN, firstUse.get(), state));
            }
        }
        return spans;
    }
}
