package dk.healthmarket.web.ui.account;

import dk.healthmarket.account.CompanyRegistration;
import dk.healthmarket.account.RegistrationService;
import dk.healthmarket.web.ui.UiErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** A company registers itself and its first supplier user. */
@Named
@RequestScoped
public class RegistrationView {

    private static final Map<String, String> INPUTS = Map.of(
            "companyName", "registration:companyName",
            "cvr", "registration:cvr",
            "contactName", "registration:contactName",
            "email", "registration:email",
            "password", "registration:password");

    @Inject
    RegistrationService registration;

    private String companyName;
    private String cvr;
    private String contactName;
    private String email;
    private String password;

    public String register() {
        var company = new CompanyRegistration(companyName, cvr, contactName, email, password);
        if (!UiErrors.attempt(() -> registration.registerCompany(company), INPUTS)) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("registered", true);
        return "/login.xhtml?faces-redirect=true";
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getCvr() {
        return cvr;
    }

    public void setCvr(String cvr) {
        this.cvr = cvr;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
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
