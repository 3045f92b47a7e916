package dk.healthmarket.solution;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed from one revision to the next, field by field, for a reviewer who gets a solution
 * back: {@code documentation.evidence.studies[1].reference} was this, is now that. Lists of plain
 * values (languages, standards) compare as sets.
 */
public final class RevisionChanges {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** One changed field; {@code before} or {@code after} is null where the field was or is empty. */
    public record Change(String field, String before, String after) {
    }

    private RevisionChanges() {
    }

    public static List<Change> between(SolutionRevision before, SolutionRevision after) {
        Map<String, String> old = flat(before);
        Map<String, String> now = flat(after);
        Set<String> fields = new TreeSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                changes.add(new Change(field, old.get(field), now.get(field)));
            }
        }
        return changes;
    }

    /** What the company wrote, and the names of the attachments per domain, as one field per value. */
    private static Map<String, String> flat(SolutionRevision r) {
        Map<String, String> fields = new TreeMap<>();
        fields.put("name", r.name());
        fields.put("summary", r.summary());
        fields.put("description", r.description());
        r.priceModel().ifPresent(v -> fields.put("priceModel", v));
        r.contact().ifPresent(v -> fields.put("contact", v));
        r.customerReferences().ifPresent(v -> fields.put("customerReferences", v));
        r.reviewResponse().ifPresent(v -> fields.put("reviewResponse", v));
        Map<String, Set<?>> sets = Map.of("languages", r.languages(), "categories", r.categories(), "conditions", r.conditions(),
                "populationSegments", r.populationSegments(), "careSettings", r.careSettings());
        sets.forEach((field, values) -> {
            if (!values.isEmpty()) {
                fields.put(field, String.join(", ", new TreeSet<>(values.stream().map(Object::toString).toList())));
            }
        });
        r.attachments().forEach(a -> fields.merge("attachments." + a.domain(), a.document().fileName(), (x, y) -> x + ", " + y));
        flatten("documentation", Json.createReader(new StringReader(JSON.toJson(r.documentation()))).readValue(), fields);
        return fields;
    }

    private static void flatten(String path, JsonValue value, Map<String, String> fields) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                object.forEach((key, member) -> flatten(path + "." + key, member, fields));
            }
            case ARRAY -> {
                var array = value.asJsonArray();
                if (array.stream().allMatch(v -> v.getValueType() != JsonValue.ValueType.OBJECT)) {
                    if (!array.isEmpty()) {
                        fields.put(path, String.join(", ", new TreeSet<>(array.stream().map(RevisionChanges::text).toList())));
                    }
                } else {
                    for (int i = 0; i < array.size(); i++) {
                        flatten(path + "[" + i + "]", array.get(i), fields);
                    }
                }
            }
            case NULL -> {
            }
            default -> fields.put(path, text(value));
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
