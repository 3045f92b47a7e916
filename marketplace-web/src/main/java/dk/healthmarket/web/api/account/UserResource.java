package dk.healthmarket.web.api.account;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.NewUser;
import dk.healthmarket.account.Role;
import dk.healthmarket.account.UserAccount;
import dk.healthmarket.account.UserChanges;
import dk.healthmarket.account.UserFilter;
import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.web.api.PageView;
import dk.healthmarket.web.api.Versions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Users")
public class UserResource {

    @Inject
    AccountService accounts;

    @Context
    UriInfo uri;

    public record UserRequest(String email, String displayName, Long organisationId, Set<Role> roles, String password) {

        @Override
        public String toString() {
            return "UserRequest[" + email + ", " + roles + "]";
        }
    }

    public record UserChangeRequest(String displayName, Set<Role> roles) {
    }

    @GET
    @Operation(summary = "Users, paged (administrators)")
    public PageView<UserView> list(@QueryParam("organisation") Long organisation, @QueryParam("role") Role role,
            @QueryParam("email") String email, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageView.of(accounts.list(new UserFilter(organisation, role, email), PageRequest.of(page, size)), UserView::of);
    }

    @GET
    @Path("me")
    @Operation(summary = "The user this request is authenticated as")
    public UserView me() {
        return UserView.of(accounts.current());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user (administrators)")
    public Response get(@PathParam("id") long id) {
        UserAccount user = accounts.get(id);
        return Versions.ok(UserView.of(user), user.version());
    }

    @POST
    @Operation(summary = "Create a user (administrators)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "A user with that e-mail exists")
    public Response create(UserRequest request) {
        UserAccount created = accounts.create(request == null ? null
                : new NewUser(request.email(), request.displayName(), request.organisationId(), request.roles(), request.password()));
        return Versions.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build(),
                UserView.of(created), created.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a user's name and roles (administrators); needs If-Match")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, UserChangeRequest request) {
        UserAccount changed = accounts.update(id, Versions.expected(ifMatch),
                request == null ? null : new UserChanges(request.displayName(), request.roles()));
        return Versions.ok(UserView.of(changed), changed.version());
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable a user (administrators): no more logins, and its tokens stop working")
    @APIResponse(responseCode = "200", description = "Disabled")
    public UserView disable(@PathParam("id") long id) {
        return UserView.of(accounts.disable(id));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled user (administrators)")
    @APIResponse(responseCode = "200", description = "Enabled")
    public UserView enable(@PathParam("id") long id) {
        return UserView.of(accounts.enable(id));
    }
}
