package dk.healthmarket.web.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, written as JSON. One colour per area,
 * the same on every chart; every chart's data is also on the page as a table.
 */
public final class Charts {

    /** Denmark first, then the regions in code order (81 Nordjylland … 85 Sjælland). */
    public static final List<String> COLOURS = List.of("#1b1b1b", "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd");

    /** One line, bar series or radar polygon: its label, colour and values (null where nothing is known). */
    public record Series(String label, String colour, List<Double> values, boolean emphasised) {
    }

    private Charts() {
    }

    public static String line(List<String> labels, List<Series> series, double max) {
        return chart("line", labels, series, scales(max)).toString();
    }

    public static String bar(List<String> labels, Series series, double max) {
        JsonObjectBuilder dataset = dataset(series).add("backgroundColor", Json.createArrayBuilder(List.copyOf(barColours(labels.size()))));
        JsonObject data = Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels))
                .add("datasets", Json.createArrayBuilder().add(dataset)).build();
        return Json.createObjectBuilder().add("type", "bar").add("data", data)
                .add("options", options(scales(max)).add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    public static String radar(List<String> labels, List<Series> series) {
        JsonObjectBuilder radial = Json.createObjectBuilder().add("r", Json.createObjectBuilder().add("min", 0).add("max", 100)
                .add("ticks", Json.createObjectBuilder().add("stepSize", 25)));
        return chart("radar", labels, series, radial).toString();
    }

    private static List<String> barColours(int count) {
        return COLOURS.subList(0, Math.min(count, COLOURS.size()));
    }

    private static JsonObject chart(String type, List<String> labels, List<Series> series, JsonObjectBuilder scales) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        series.forEach(s -> datasets.add(dataset(s)));
        JsonObject data = Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", datasets).build();
        return Json.createObjectBuilder().add("type", type).add("data", data).add("options", options(scales)).build();
    }

    private static JsonObjectBuilder dataset(Series series) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        series.values().forEach(v -> {
            if (v == null) {
                values.addNull();
            } else {
                values.add(Math.round(v * 10) / 10.0);
            }
        });
        return Json.createObjectBuilder().add("label", series.label()).add("data", values)
                .add("borderColor", series.colour()).add("backgroundColor", series.colour() + "33")
                .add("borderWidth", series.emphasised() ? 4 : 2).add("spanGaps", true);
    }

    private static JsonObjectBuilder options(JsonObjectBuilder scales) {
        return Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false).add("scales", scales);
    }

    private static JsonObjectBuilder scales(double max) {
        return Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0).add("max", max));
    }
}
