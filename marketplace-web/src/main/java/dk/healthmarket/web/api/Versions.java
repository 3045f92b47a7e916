package dk.healthmarket.web.api;

import dk.healthmarket.shared.DomainException;
import dk.healthmarket.shared.Text;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Object versions as HTTP entity tags: the ETag of a read, the If-Match of an update. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the object and its version as ETag. */
    public static Response ok(Object view, long version) {
        return Response.ok(view).tag(tag(version)).build();
    }

    /** 201 at {@code location} with the new object and its version as ETag. */
    public static Response created(URI location, Object view, long version) {
        return Response.created(location).tag(tag(version)).entity(view).build();
    }

    /** The version an If-Match header names; an update without one is refused, not applied blindly. */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired(Text.of("request.ifMatch.missing"));
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new PreconditionRequired(Text.of("request.ifMatch.unreadable"));
        }
    }

    /** A missing or unreadable If-Match. */
    public static class PreconditionRequired extends DomainException {
        PreconditionRequired(Text text) {
            super(text);
        }
    }
}
