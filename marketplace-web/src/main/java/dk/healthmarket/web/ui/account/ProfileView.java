package dk.healthmarket.web.ui.account;

import dk.healthmarket.account.AccountService;
import dk.healthmarket.web.api.account.UserView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The logged-in user's own account. */
@Named
@RequestScoped
public class ProfileView {

    @Inject
    AccountService accounts;

    private UserView user;

    @PostConstruct
    void load() {
        user = UserView.of(accounts.current());
    }

    public UserView getUser() {
        return user;
    }
}
