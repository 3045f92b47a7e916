package dk.healthmarket.web.ui.layout;

import dk.healthmarket.account.Caller;
import dk.healthmarket.account.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Who is logged in, for the header and the role menu. */
@Named("currentUser")
@RequestScoped
public class CurrentUserView {

    @Inject
    Caller caller;

    public boolean isLoggedIn() {
        return caller.email().isPresent();
    }

    public String getEmail() {
        return caller.email().orElse("");
    }

    public boolean has(String role) {
        return caller.email().isPresent() && caller.hasRole(Role.valueOf(role));
    }

    public String getRoles() {
        return Arrays.stream(Role.values()).filter(caller::hasRole).map(Role::name).collect(Collectors.joining(", "));
    }

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/index.xhtml?faces-redirect=true";
    }
}
