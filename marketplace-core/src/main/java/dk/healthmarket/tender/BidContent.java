package dk.healthmarket.tender;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a supplier submits in one bid: a price per lot, a written response per qualitative
 * criterion, the documented solutions it offers and the SHA-256 of each attached document. This
 * is what a receipt covers.
 *
 * <p>Its canonical form is JSON with the keys in alphabetical order and no whitespace: offers
 * sorted by lot, solutions and document digests ascending, amounts as plain decimals without
 * trailing zeros, a life-cycle cost only where one is given. The same content always gives the
 * same text, whoever computes it; {@link #parse} reads it back.
 */
public record BidContent(long tenderId, String supplierCvr, List<LotOffer> offers, Map<String, String> responses,
        List<Long> solutionIds, List<String> documentDigests) {

    /** The price offered for one lot, and its life-cycle cost when the tender weighs that. */
    public record LotOffer(int lot, BigDecimal price, BigDecimal lifeCycleCost) {

        public LotOffer(int lot, BigDecimal price) {
            this(lot, price, null);
        }

        String canonical() {
            return "{" + (lifeCycleCost == null ? "" : "\"lifeCycleCost\":" + plain(lifeCycleCost) + ",")
                    + "\"lot\":" + lot + ",\"price\":" + plain(price) + "}";
        }
    }

    public BidContent {
        offers = offers.stream().sorted(Comparator.comparingInt(LotOffer::lot)).toList();
        responses = new TreeMap<>(responses);
        solutionIds = solutionIds.stream().sorted().toList();
        documentDigests = documentDigests.stream().sorted().toList();
    }

    public String canonical() {
        var json = new StringBuilder("{\"documentDigests\":");
        array(json, documentDigests.stream().map(BidContent::string).toList());
        json.append(",\"offers\":");
        array(json, offers.stream().map(LotOffer::canonical).toList());
        json.append(",\"responses\":{");
        String separator = "";
        for (var response : responses.entrySet()) {
            json.append(separator).append(string(response.getKey())).append(':').append(string(response.getValue()));
            separator = ",";
        }
        json.append("},\"solutionIds\":");
        array(json, solutionIds.stream().map(String::valueOf).toList());
        json.append(",\"supplierCvr\":").append(string(supplierCvr))
                .append(",\"tenderId\":").append(tenderId).append('}');
        return json.toString();
    }

    /** Reads a canonical form back; {@code parse(c.canonical())} equals {@code c}. */
    public static BidContent parse(String canonical) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(canonical))) {
            json = reader.readObject();
        }
        List<LotOffer> offers = json.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                .map(o -> new LotOffer(o.getInt("lot"), o.getJsonNumber("price").bigDecimalValue(),
                        o.containsKey("lifeCycleCost") ? o.getJsonNumber("lifeCycleCost").bigDecimalValue() : null))
                .toList();
        Map<String, String> responses = new TreeMap<>();
        json.getJsonObject("responses").forEach((criterion, text) -> responses.put(criterion, ((JsonString) text).getString()));
        return new BidContent(json.getJsonNumber("tenderId").longValue(), json.getString("supplierCvr"), offers, responses,
                json.getJsonArray("solutionIds").getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList(),
                json.getJsonArray("documentDigests").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static void array(StringBuilder json, List<String> items) {
        json.append('[').append(String.join(",", items)).append(']');
    }

    /** A JSON string: quotes, backslashes and control characters escaped, everything else as is. */
    private static String string(String value) {
        var escaped = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.append('"').toString();
    }
}
