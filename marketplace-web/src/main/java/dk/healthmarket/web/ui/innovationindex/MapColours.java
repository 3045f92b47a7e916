package dk.healthmarket.web.ui.innovationindex;

/** A sequential colour scale for the map, from pale blue at 0 to deep blue at 100, in even steps. */
final class MapColours {

    private static final int[] PALE = {0xde, 0xeb, 0xf7};
    private static final int[] DEEP = {0x08, 0x30, 0x6b};

    private MapColours() {
    }

    static String of(double index) {
        double t = Math.max(0, Math.min(100, index)) / 100;
        StringBuilder colour = new StringBuilder("#");
        for (int c = 0; c < 3; c++) {
            colour.append(String.format("%02x", (int) Math.round(PALE[c] + t * (DEEP[c] - PALE[c]))));
        }
        return colour.toString();
    }

    /** Whether text on this index's colour must be light to be read. */
    static boolean dark(double index) {
        return index > 55;
    }
}
