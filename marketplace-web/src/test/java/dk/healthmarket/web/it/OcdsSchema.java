package dk.healthmarket.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The official OCDS 1.1.5 release package schema, checked with a JSON Schema draft-4 validator, offline. */
final class OcdsSchema {

    private static final JsonSchema PACKAGE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                    factory -> factory.schemaMappers(mappers -> mappers.mapPrefix("https://standard.open-contracting.org/schema/1__1__5/", "classpath:ocds/")))
            .getSchema(SchemaLocation.of("classpath:ocds/release-package-schema.json"));

    private OcdsSchema() {
    }

    static void assertValidPackage(String json) {
        Set<ValidationMessage> problems = PACKAGE.validate(json, InputFormat.JSON, context -> context.getExecutionConfig().setFormatAssertionsEnabled(true));
        assertEquals(Set.of(), problems, json);
    }
}
