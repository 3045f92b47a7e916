package dk.healthmarket.web.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Exception mappers that all answer through {@link Problems}. There are three only because JAX-RS
 * picks the mapper of the nearest type: ours must be nearer than the runtime's own for
 * validation and HTTP exceptions.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    static Response respond(Throwable thrown, UriInfo uri) {
        Problems.Answer answer = Problems.from(thrown);
        Problem problem = answer.problem();
        Response.ResponseBuilder response = Response.status(problem.status(), problem.title())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.at(uri == null ? null : uri.getRequestUri().getRawPath()));
        answer.headers().forEach(response::header);
        return response.build();
    }

    @Provider
    public static class AnyThrowable implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable thrown) {
            return respond(thrown, uri);
        }
    }

    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException thrown) {
            return respond(thrown, uri);
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConstraintViolationException thrown) {
            return respond(thrown, uri);
        }
    }
}
