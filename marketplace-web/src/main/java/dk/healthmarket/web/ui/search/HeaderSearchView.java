package dk.healthmarket.web.ui.search;

import dk.healthmarket.search.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The search box in every page's header: suggestions while typing, the search page on Enter. */
@Named
@RequestScoped
public class HeaderSearchView {

    @Inject
    SearchService search;

    private String text;

    public List<String> complete(String typed) {
        return search.suggest(typed, 8);
    }

    /** Choosing a suggestion searches for it at once. */
    public void selected() throws java.io.IOException {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/search.xhtml?q=" + URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8));
    }

    public String go() {
        return "/search.xhtml?faces-redirect=true&q=" + URLEncoder.encode(text == null ? "" : text.strip(), StandardCharsets.UTF_8);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
