package dk.healthmarket.solution;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps a revision's documentation as the JSON of its sections. */
@Converter
class DocumentationConverter implements AttributeConverter<Documentation, String> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(Documentation documentation) {
        return JSON.toJson(documentation);
    }

    @Override
    public Documentation convertToEntityAttribute(String json) {
        return JSON.fromJson(json, Documentation.class);
    }
}
