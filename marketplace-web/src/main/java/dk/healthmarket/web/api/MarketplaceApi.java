package dk.healthmarket.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(
        title = "Health Innovation Marketplace API",
        version = "1",
        description = "Joint tenders, documented health solutions and the innovation index for Danish health and elder care. "
                + "Errors are application/problem+json (RFC 9457). Lists are paged with page (from 1) and size (at most 100). "
                + "Updates need If-Match with the ETag from the last read."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/auth/token")
public class MarketplaceApi extends Application {
}
