package dk.healthmarket.adoption;

import dk.healthmarket.organisation.Region;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How one solution has scaled: the regions it reaches and the share of Denmark's population it
 * covers without double counting, its scaling stage, how long after approval it first reached
 * each stage, the staff hours its use saves, who adopted when, and its use quarter by quarter.
 */
public record Scaling(long solutionId, LocalDate approvedOn, ScalingStage stage, List<RegionCoverage> regions,
        long populationCovered, double nationalShare, List<StageReached> stages, long hoursSavedPerYear, List<Adopter> adopters,
        List<QuarterInUse> timeline) {

    /** How many organisations were in each stage at a quarter's end (the current quarter: today). */
    public record QuarterInUse(String quarter, LocalDate asOf, int planned, int pilot, int implementation, int operation) {
    }

    /** The first day any adoption reached a stage, and the days from approval. */
    public record StageReached(AdoptionStage stage, LocalDate on, long daysAfterApproval) {
    }

    /** An organisation that started using the solution, when, and its Rogers category. */
    public record Adopter(long adoptionId, String organisation, String regionCode, AdoptionStage stage, LocalDate started,
            AdopterCategory category, boolean verified) {
    }

    public static Scaling of(long solutionId, LocalDate approvedOn, List<Adoption> adoptions, List<Region> allRegions, LocalDate today) {
        List<Adoption> inUse = adoptions.stream().filter(a -> a.stage().reaches()).toList();
        boolean national = inUse.stream().anyMatch(a -> a.regionWide() && a.regionCode().isEmpty());
        List<RegionCoverage> regions = allRegions.stream().map(r -> coverage(r, inUse, national)).filter(c -> c.covered() > 0 || c.regionWide()).toList();
        long population = allRegions.stream().mapToLong(Region::population).sum();
        long covered = regions.stream().mapToLong(RegionCoverage::covered).sum();
        List<StageReached> stages = new ArrayList<>();
        for (AdoptionStage stage : List.of(AdoptionStage.PILOT, AdoptionStage.IMPLEMENTATION, AdoptionStage.OPERATION)) {
            adoptions.stream().map(a -> a.reached(stage)).flatMap(Optional::stream).min(Comparator.naturalOrder())
                    .ifPresent(on -> stages.add(new StageReached(stage, on, ChronoUnit.DAYS.between(approvedOn, on))));
        }
        long hours = inUse.stream().mapToLong(a -> a.figures().hoursSavedPerYear() == null ? 0 : a.figures().hoursSavedPerYear()).sum();
        return new Scaling(solutionId, approvedOn, stage(regions, national), regions, covered,
                population == 0 ? 0 : (double) covered / population, stages, hours, adopters(adoptions), timeline(adoptions, approvedOn, today));
    }

    private static RegionCoverage coverage(Region region, List<Adoption> inUse, boolean national) {
        List<Adoption> here = inUse.stream().filter(a -> a.regionCode().filter(region.code()::equals).isPresent()).toList();
        boolean wide = national || here.stream().anyMatch(Adoption::regionWide);
        long covered = wide ? region.population()
                : Math.min(region.population(), here.stream().mapToLong(a -> a.figures().populationCovered() == null ? 0 : a.figures().populationCovered()).sum());
        return new RegionCoverage(region.code(), region.name(), region.population(), covered, wide);
    }

    private static ScalingStage stage(List<RegionCoverage> reached, boolean national) {
        if (national || reached.size() >= ScalingStage.REGIONS) {
            return ScalingStage.NATIONAL;
        }
        if (reached.size() > 1) {
            return ScalingStage.MULTI_REGIONAL;
        }
        if (reached.isEmpty()) {
            return ScalingStage.NOT_IN_USE;
        }
        RegionCoverage only = reached.get(0);
        return only.regionWide() || only.share() >= ScalingStage.REGIONAL_SHARE ? ScalingStage.REGIONAL : ScalingStage.LOCAL;
    }

    private static List<QuarterInUse> timeline(List<Adoption> adoptions, LocalDate approvedOn, LocalDate today) {
        List<QuarterInUse> timeline = new ArrayList<>();
        LocalDate quarterStart = approvedOn.withDayOfMonth(1).withMonth((approvedOn.getMonthValue() - 1) / 3 * 3 + 1);
        while (!quarterStart.isAfter(today)) {
            LocalDate end = quarterStart.plusMonths(3).minusDays(1);
            LocalDate asOf = end.isAfter(today) ? today : end;
            Map<AdoptionStage, Long> counts = adoptions.stream().map(a -> a.stageOn(asOf)).flatMap(Optional::stream)
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            timeline.add(new QuarterInUse(quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1), asOf,
                    count(counts, AdoptionStage.PLANNED), count(counts, AdoptionStage.PILOT),
                    count(counts, AdoptionStage.IMPLEMENTATION), count(counts, AdoptionStage.OPERATION)));
            quarterStart = quarterStart.plusMonths(3);
        }
        return timeline;
    }

    private static int count(Map<AdoptionStage, Long> counts, AdoptionStage stage) {
        return counts.getOrDefault(stage, 0L).intValue();
    }

    private static List<Adopter> adopters(List<Adoption> adoptions) {
        List<Adoption> started = adoptions.stream().filter(a -> a.reached(AdoptionStage.PILOT).isPresent())
                .sorted(Comparator.comparing((Adoption a) -> a.reached(AdoptionStage.PILOT).orElseThrow()).thenComparing(Adoption::id)).toList();
        List<AdopterCategory> categories = AdopterCategory.classify(started.stream().map(a -> a.reached(AdoptionStage.PILOT).orElseThrow()).toList());
        List<Adopter> adopters = new ArrayList<>();
        for (int i = 0; i < started.size(); i++) {
            Adoption a = started.get(i);
            adopters.add(new Adopter(a.id(), a.organisation().name(), a.regionCode().orElse(null), a.stage(),
                    a.reached(AdoptionStage.PILOT).orElseThrow(), categories.get(i), a.verifiedBy().isPresent()));
        }
        return adopters;
    }
}
