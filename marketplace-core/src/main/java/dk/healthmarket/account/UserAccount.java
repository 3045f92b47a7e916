package dk.healthmarket.account;

import dk.healthmarket.shared.Text;
import dk.healthmarket.organisation.Organisation;
import dk.healthmarket.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who logs in, on behalf of one organisation, with one or more roles. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, Organisation organisation, Set<Role> roles,
            String passwordHash, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.organisation = organisation;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        change(displayName, roles);
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** New name and roles; every role must suit the user's organisation. */
    public final void change(String displayName, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", Text.of("user.rolesRequired"));
        }
        Set<Role> unsuitable = roles.stream().filter(r -> !r.allowedFor(organisation.type())).collect(Collectors.toSet());
        if (!unsuitable.isEmpty()) {
            throw new InvalidInputException("roles", Text.of("user.roleNotAllowed", unsuitable.toString()));
        }
        this.displayName = displayName.strip();
        this.roles = EnumSet.copyOf(roles);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
