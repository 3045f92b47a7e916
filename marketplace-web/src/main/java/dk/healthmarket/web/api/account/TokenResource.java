package dk.healthmarket.web.api.account;

import dk.healthmarket.account.Role;
import dk.healthmarket.account.TokenService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth/token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class TokenResource {

    @Inject
    TokenService tokens;

    @Context
    HttpServletRequest request;

    public record TokenRequest(String email, String password) {

        @Override
        public String toString() {
            return "TokenRequest[" + email + "]";
        }
    }

    public record TokenResponse(String accessToken, String tokenType, Instant expiresAt, String email, Set<Role> roles) {
    }

    @POST
    @Operation(summary = "A bearer token for an API client, for a user's e-mail and password")
    @APIResponse(responseCode = "200", description = "The token; it is shown only now")
    @APIResponse(responseCode = "429", description = "Too many failed logins for this account or address; see Retry-After")
    public Response issue(TokenRequest body) {
        var issued = tokens.issue(body == null ? null : body.email(), body == null ? null : body.password(), request.getRemoteAddr());
        return Response.ok(new TokenResponse(issued.token(), "Bearer", issued.expiresAt(), issued.email(), issued.roles()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Revoke the bearer token this request carries")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.length() > 7) {
            tokens.revoke(authorization.substring(7).strip());
        }
        return Response.noContent().build();
    }
}
