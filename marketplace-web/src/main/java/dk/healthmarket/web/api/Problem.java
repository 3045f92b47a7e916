package dk.healthmarket.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as RFC 9457 describes it ({@code application/problem+json}): every REST error the
 * marketplace returns has this shape, and none carries a stack trace.
 */
@Schema(name = "Problem", description = "An error (RFC 9457). 'fields' lists the offending inputs of a validation error.")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "fields"})
public record Problem(String type, String title, int status, String detail, String instance, List<Field> fields) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending input and what is wrong with it. */
    @Schema(name = "ProblemField")
    public record Field(String field, String message) {
    }
    private static final String TYPE_PREFIX = "urn:healthmarket:problem:";

    public Problem {
        fields = fields == null || fields.isEmpty() ? null : List.copyOf(fields);
    }

    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, null, null);
    }

    public static Problem unauthorized(String detail) {
        return of(401, "unauthorized", "Authentication required", detail);
    }

    public Problem withFields(List<Field> fields) {
        return new Problem(type, title, status, detail, instance, fields);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, fields);
    }
}
