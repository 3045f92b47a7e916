package dk.healthmarket.account;

import dk.healthmarket.shared.Text;
import dk.healthmarket.shared.AuthenticationRequiredException;
import dk.healthmarket.shared.PermissionDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Who is calling a service, and the one place services check permissions. Work the application
 * does on its own behalf (migrations, the first administrator, demo data) runs as the system.
 */
@ApplicationScoped
public class Caller {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    private static final ThreadLocal<Boolean> AS_SYSTEM = ThreadLocal.withInitial(() -> false);
    private static final ThreadLocal<String> AUDIT_NAME = new ThreadLocal<>();

    @Inject
    SecurityContext security;

    /** Runs work for the application itself, with every permission. */
    public <T> T asSystem(Supplier<T> work) {
        boolean outer = AS_SYSTEM.get();
        AS_SYSTEM.set(true);
        try {
            return work.get();
        } finally {
            AS_SYSTEM.set(outer);
        }
    }

    /**
     * Runs work whose audit entries name someone the security layer does not know yet, such as a
     * company registering itself. Grants no permission.
     */
    public <T> T auditedAs(String name, Supplier<T> work) {
        String outer = AUDIT_NAME.get();
        AUDIT_NAME.set(name);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                AUDIT_NAME.remove();
            } else {
                AUDIT_NAME.set(outer);
            }
        }
    }

    public boolean isSystem() {
        return AS_SYSTEM.get();
    }

    /** The logged-in user's e-mail, if a user is logged in. */
    public Optional<String> email() {
        return principal().map(Principal::getName);
    }

    public boolean hasRole(Role role) {
        return isSystem() || (principal().isPresent() && security.isCallerInRole(role.name()));
    }

    /** Passes when the caller holds any of the roles; otherwise 401 or 403 in the boundary's terms. */
    public void requireAnyRole(Role... roles) {
        if (isSystem()) {
            return;
        }
        if (principal().isEmpty()) {
            throw new AuthenticationRequiredException();
        }
        if (Arrays.stream(roles).noneMatch(this::hasRole)) {
            throw new PermissionDeniedException(Text.of("permission.role",
                    Arrays.stream(roles).map(Role::name).collect(Collectors.joining(" | "))));
        }
    }

    public void requireLoggedIn() {
        if (!isSystem() && principal().isEmpty()) {
            throw new AuthenticationRequiredException();
        }
    }

    /** The name the audit log records for this caller. */
    public String auditName() {
        if (isSystem()) {
            return SYSTEM;
        }
        return email().orElseGet(() -> AUDIT_NAME.get() != null ? AUDIT_NAME.get() : ANONYMOUS);
    }

    private Optional<Principal> principal() {
        try {
            return Optional.ofNullable(security.getCallerPrincipal());
        } catch (IllegalStateException outsideRequest) {
            return Optional.empty();
        }
    }
}
