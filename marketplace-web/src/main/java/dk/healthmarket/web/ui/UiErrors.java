package dk.healthmarket.web.ui;

import dk.healthmarket.shared.FieldError;
import dk.healthmarket.web.api.Problem;
import dk.healthmarket.web.api.Problems;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * Shows a refused action on the page, through the same mapping REST uses: each field error next
 * to its input when the page names one for it, the rest at the top. Never a stack trace.
 */
public final class UiErrors {

    private UiErrors() {
    }

    /** {@code inputs} maps service field names to the client ids of the inputs that hold them. */
    public static void show(RuntimeException refused, Map<String, String> inputs) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Problem problem = Problems.from(refused).problem();
        if (problem.fields() == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.detail(), null));
            return;
        }
        for (FieldError error : problem.fields()) {
            String input = inputs.get(error.field());
            String text = input == null ? error.field() + ": " + error.message() : error.message();
            faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        faces.validationFailed();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A message from the page's resource bundle, in the visitor's language. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return arguments.length == 0 ? pattern : java.text.MessageFormat.format(pattern, arguments);
    }
}
