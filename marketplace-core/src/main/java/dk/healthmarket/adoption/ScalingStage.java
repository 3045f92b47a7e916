package dk.healthmarket.adoption;

/**
 * How far a solution has spread, counting only use at implementation or beyond: in one region
 * covering less than half of it (local), in one region covering at least half or region-wide
 * (regional), in two to four regions (multi-regional), or in all five or through the national
 * organisation (national).
 */
public enum ScalingStage {
    NOT_IN_USE,
    LOCAL,
    REGIONAL,
    MULTI_REGIONAL,
    NATIONAL;

    static final double REGIONAL_SHARE = 0.5;
    static final int REGIONS = 5;
}
