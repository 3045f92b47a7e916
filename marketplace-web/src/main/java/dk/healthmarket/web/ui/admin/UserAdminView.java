package dk.healthmarket.web.ui.admin;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.account.NewUser;
import dk.healthmarket.account.Role;
import dk.healthmarket.account.UserChanges;
import dk.healthmarket.account.UserFilter;
import dk.healthmarket.organisation.OrganisationFilter;
import dk.healthmarket.organisation.OrganisationService;
import dk.healthmarket.shared.PageRequest;
import dk.healthmarket.web.api.account.UserView;
import dk.healthmarket.web.ui.PagedModel;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Administrators list, create and edit users, and disable or enable them. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final Map<String, String> INPUTS = Map.of(
            "email", "user:email", "displayName", "user:displayName", "organisationId", "user:organisation",
            "roles", "user:roles", "password", "user:password");

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    private PagedModel<UserView> list;
    private String emailFilter;

    private boolean editing;
    private Long id;
    private long version;
    private String email;
    private String displayName;
    private String organisation;
    private List<String> roles = new ArrayList<>();
    private String password;

    @PostConstruct
    void init() {
        list = new PagedModel<>(page -> accounts.list(new UserFilter(null, null, emailFilter), page).map(UserView::of),
                u -> String.valueOf(u.id()));
    }

    /** Organisations whose name contains the text, as "id · name" for the autocomplete. */
    public List<String> completeOrganisation(String text) {
        return organisations.list(new OrganisationFilter(null, null, text), new PageRequest(1, 15)).items().stream()
                .map(o -> o.id() + " · " + o.name()).toList();
    }

    public void startNew() {
        editing = true;
        id = null;
        email = null;
        displayName = null;
        organisation = null;
        roles = new ArrayList<>();
        password = null;
    }

    public void edit(UserView user) {
        editing = true;
        id = user.id();
        version = user.version();
        email = user.email();
        displayName = user.displayName();
        organisation = user.organisationId() + " · " + user.organisationName();
        roles = user.roles().stream().map(Role::name).collect(Collectors.toCollection(ArrayList::new));
    }

    public void save() {
        Set<Role> chosen = roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        boolean saved = UiErrors.attempt(() -> {
            if (id == null) {
                accounts.create(new NewUser(email, displayName, organisationId(), chosen, password));
            } else {
                accounts.update(id, version, new UserChanges(displayName, chosen));
            }
        }, INPUTS);
        if (saved) {
            editing = false;
            password = null;
            UiErrors.info(UiErrors.text("saved"));
        }
    }

    public void disable(UserView user) {
        if (UiErrors.attempt(() -> accounts.disable(user.id()), Map.of())) {
            UiErrors.info(UiErrors.text("saved"));
        }
    }

    public void enable(UserView user) {
        if (UiErrors.attempt(() -> accounts.enable(user.id()), Map.of())) {
            UiErrors.info(UiErrors.text("saved"));
        }
    }

    public void cancel() {
        editing = false;
    }

    private Long organisationId() {
        if (organisation == null || organisation.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(organisation.split(" ")[0]);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public List<String> getAllRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public PagedModel<UserView> getList() {
        return list;
    }

    public String getEmailFilter() {
        return emailFilter;
    }

    public void setEmailFilter(String emailFilter) {
        this.emailFilter = emailFilter;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isNew() {
        return id == null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
