package dk.healthmarket.web.api.organisation;

import dk.healthmarket.account.CompanyRegistration;
import dk.healthmarket.account.RegistrationService;
import dk.healthmarket.account.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("companies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class CompanyResource {

    @Inject
    RegistrationService registration;

    @Context
    UriInfo uri;

    public record CompanyRegistrationRequest(String companyName, String cvr, String contactName, String email, String password) {

        @Override
        public String toString() {
            return "CompanyRegistrationRequest[" + companyName + ", " + cvr + ", " + email + "]";
        }
    }

    public record RegisteredCompany(OrganisationView company, long userId, String email) {
    }

    @POST
    @Operation(summary = "A company registers itself with its first supplier user; the CVR number is checked")
    @APIResponse(responseCode = "201", description = "Registered; the Location is the new company")
    @APIResponse(responseCode = "409", description = "The CVR number or the e-mail is already registered")
    public Response register(CompanyRegistrationRequest request) {
        UserAccount user = registration.registerCompany(request == null ? null : new CompanyRegistration(
                request.companyName(), request.cvr(), request.contactName(), request.email(), request.password()));
        var company = OrganisationView.of(user.organisation());
        return Response.created(uri.getBaseUriBuilder().path("organisations").path(String.valueOf(company.id())).build())
                .entity(new RegisteredCompany(company, user.id(), user.email()))
                .build();
    }
}
