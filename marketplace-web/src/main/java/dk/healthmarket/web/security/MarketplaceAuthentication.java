package dk.healthmarket.web.security;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.TokenService;
import dk.healthmarket.account.UserAccount;
import dk.healthmarket.shared.DomainException;
import dk.healthmarket.web.api.Problem;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * The one way callers are authenticated. API clients send a bearer token on every request; people
 * log in through the login page, which hands their credentials here, and their session then names
 * the account; sessions count for pages only. Each request re-reads the account (or token), so disabling a user or revoking a
 * token takes effect at once.
 */
@ApplicationScoped
@DeclareRoles({"BUYER", "SUPPLIER", "REVIEWER", "ADMIN"})
public class MarketplaceAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute naming the logged-in account's e-mail. */
    static final String SESSION_ACCOUNT = "dk.healthmarket.account";
    /** Where the login page finds why a login failed: the refusal itself, to show in the visitor's language. */
    public static final String LOGIN_FAILURE = "dk.healthmarket.loginFailure";
    /** The page a visitor asked for before being sent to log in. */
    public static final String AFTER_LOGIN = "dk.healthmarket.afterLogin";

    private static final String BEARER = "Bearer ";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    TokenService tokens;

    @Inject
    AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return bearer(authorization, response, context);
        }
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return login(credential, request, context);
        }
        // the API takes bearer tokens only, so a browser's session cookie cannot be used against it (CSRF)
        Optional<UserAccount> sessionAccount = isApi(request) ? Optional.empty() : sessionAccount(request);
        if (sessionAccount.isPresent()) {
            return context.notifyContainerAboutLogin(sessionAccount.get().email(), sessionAccount.get().roleNames());
        }
        if (context.isProtected()) {
            if (isApi(request)) {
                return problem(response, Problem.unauthorized("You must log in to do this."));
            }
            String query = request.getQueryString();
            request.getSession(true).setAttribute(AFTER_LOGIN, request.getRequestURI() + (query == null ? "" : "?" + query));
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus bearer(String authorization, HttpServletResponse response, HttpMessageContext context) {
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return problem(response, Problem.unauthorized("Only bearer tokens are accepted: 'Authorization: Bearer <token>'."));
        }
        return tokens.holder(authorization.substring(BEARER.length()).strip())
                .map(holder -> context.notifyContainerAboutLogin(holder.email(), holder.roles()))
                .orElseGet(() -> problem(response, Problem.unauthorized("The bearer token is malformed, unknown, expired or revoked.")));
    }

    private AuthenticationStatus login(UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        try {
            UserAccount account = accounts.authenticate(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_ACCOUNT, account.email());
            return context.notifyContainerAboutLogin(account.email(), account.roleNames());
        } catch (DomainException refused) {
            request.setAttribute(LOGIN_FAILURE, refused);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private Optional<UserAccount> sessionAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_ACCOUNT) instanceof String email)) {
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.enabledAccount(email);
        if (account.isEmpty()) {
            session.invalidate();
        }
        return account;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_ACCOUNT);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus problem(HttpServletResponse response, Problem problem) {
        try {
            response.setStatus(problem.status());
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("WWW-Authenticate", "Bearer");
            response.getWriter().write(JSON.toJson(problem));
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
