package dk.healthmarket.adoption;

import java.time.LocalDate;

/**
 * A stage one adoption was in, from the day it entered to the day it left ({@code null}: still in
 * it), with what that adoption reaches: the raw material of a solution's reach. An adoption
 * without a region is a national organisation's and counts in every region.
 */
public record UsePeriod(String regionCode, boolean regionWide, Integer population, Integer hours, AdoptionStage stage, LocalDate from, LocalDate until) {

    boolean on(LocalDate day) {
        return !from.isAfter(day) && (until == null || until.isAfter(day));
    }

    boolean national() {
        return regionCode == null;
    }

    /** Whether it counts in the area: Denmark counts every adoption, a region its own and the national ones. */
    boolean countsIn(String area) {
        return Reach.DENMARK.equals(area) || national() || regionCode.equals(area);
    }

    /** Whether it is the area's own: a region's organisations' adoption, or for Denmark any. */
    boolean ownIn(String area) {
        return Reach.DENMARK.equals(area) || area.equals(regionCode);
    }

    long people() {
        return population == null ? 0 : population;
    }

    long hoursSaved() {
        return hours == null ? 0 : hours;
    }
}
