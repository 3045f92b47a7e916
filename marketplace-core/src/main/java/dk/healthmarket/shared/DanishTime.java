package dk.healthmarket.shared;

import java.time.ZoneId;

/** Danish time: what dates the marketplace shows and decides by (deadlines in forms, "today" for certificates). */
public final class DanishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private DanishTime() {
    }
}
