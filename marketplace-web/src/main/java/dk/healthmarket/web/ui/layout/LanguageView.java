package dk.healthmarket.web.ui.layout;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The language a visitor reads the portal in: Danish by default, English on request. */
@Named("language")
@SessionScoped
public class LanguageView implements Serializable {

    private static final Set<String> SUPPORTED = Set.of("da", "en");

    private Locale locale = Locale.forLanguageTag("da");

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    /** Switches language and shows the same page again. */
    public String use(String tag) {
        if (SUPPORTED.contains(tag)) {
            locale = Locale.forLanguageTag(tag);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
