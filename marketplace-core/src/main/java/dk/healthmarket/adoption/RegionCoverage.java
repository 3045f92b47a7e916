package dk.healthmarket.adoption;

/** How much of a region's population a solution reaches: all of it through a region-wide adoption, else the adopting organisations' populations, capped at the region's. */
public record RegionCoverage(String regionCode, String regionName, int population, long covered, boolean regionWide) {

    public double share() {
        return population == 0 ? 0 : (double) covered / population;
    }
}
