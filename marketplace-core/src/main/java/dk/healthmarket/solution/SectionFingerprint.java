package dk.healthmarket.solution;

import dk.healthmarket.shared.Sha256;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.Comparator;
import java.util.List;

/**
 * The SHA-256 of one domain's section and attachments, in a canonical form: object members by
 * name, list entries sorted, so a set's order or a reordering of studies does not count as a change.
 */
final class SectionFingerprint {

    private static final Jsonb JSON = JsonbBuilder.create();

    private SectionFingerprint() {
    }

    static String of(SolutionRevision revision, AssessmentDomain domain) {
        Object section = revision.documentation().section(domain);
        JsonValue content = section == null ? JsonValue.NULL : Json.createReader(new StringReader(JSON.toJson(section))).readValue();
        List<String> attachments = revision.attachments().stream().filter(a -> a.domain() == domain)
                .map(a -> a.document().sha256() + " " + a.document().fileName()).sorted().toList();
        return Sha256.hex(canonical(content) + "|" + String.join(",", attachments));
    }

    static String canonical(JsonValue value) {
        return normalised(value).toString();
    }

    private static JsonObject sorted(JsonObject object) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        object.keySet().stream().sorted().forEach(key -> builder.add(key, normalised(object.get(key))));
        return builder.build();
    }

    private static JsonArray sorted(JsonArray array) {
        JsonArrayBuilder builder = Json.createArrayBuilder();
        array.stream().map(SectionFingerprint::normalised).sorted(Comparator.comparing(JsonValue::toString)).forEach(builder::add);
        return builder.build();
    }

    private static JsonValue normalised(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> sorted(value.asJsonObject());
            case ARRAY -> sorted(value.asJsonArray());
            default -> value;
        };
    }
}
