package dk.healthmarket.web.ui.account;

import dk.healthmarket.shared.DomainException;
import dk.healthmarket.web.security.MarketplaceAuthentication;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** The login form: hands the credentials to the authentication mechanism. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    private String email;
    private String password;

    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email == null ? "" : email, password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            return returnTo(request);
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        Object reason = request.getAttribute(MarketplaceAuthentication.LOGIN_FAILURE);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, reason instanceof DomainException refused
                ? refused.getMessage(faces.getViewRoot().getLocale()) : UiErrors.text("login.failed"), null));
        return null;
    }

    /** Back to the page that asked for a login, when it is one of ours; otherwise the front page. */
    private static String returnTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(MarketplaceAuthentication.AFTER_LOGIN);
        if (session != null) {
            session.removeAttribute(MarketplaceAuthentication.AFTER_LOGIN);
        }
        String prefix = request.getContextPath() + "/";
        if (target instanceof String path && path.startsWith(prefix) && !path.startsWith("//") && path.endsWith(".xhtml")) {
            return path.substring(request.getContextPath().length()) + "?faces-redirect=true";
        }
        return "/index.xhtml?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
