package dk.healthmarket.web.api.organisation;

import dk.healthmarket.organisation.Region;

public record RegionView(String code, String name, String nuts2, int population) {

    public static RegionView of(Region region) {
        return new RegionView(region.code(), region.name(), region.nuts2(), region.population());
    }
}
