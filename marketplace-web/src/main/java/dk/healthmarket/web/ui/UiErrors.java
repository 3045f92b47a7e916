package dk.healthmarket.web.ui;

import dk.healthmarket.shared.ConflictException;
import dk.healthmarket.shared.DomainException;
import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.web.api.Problems;
import dk.healthmarket.web.ui.layout.LanguageView;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Shows a refused action on the page in the visitor's language: each field error next to its
 * input when the page names one for it, the rest at the top. Never a stack trace. Unexpected
 * errors are logged through the same mapping REST uses.
 */
public final class UiErrors {

    /** The pages' texts; faces-config names the same bundle {@code msg}. */
    private static final String BUNDLE = "dk.healthmarket.web.ui.messages";

    private UiErrors() {
    }

    /**
     * Runs a service call for the page; a refusal is shown on the page and answered with false.
     * {@code inputs} maps service field names to the client ids of the inputs that hold them.
     */
    public static boolean attempt(Runnable action, Map<String, String> inputs) {
        try {
            action.run();
            return true;
        } catch (RuntimeException refused) {
            show(refused, inputs);
            return false;
        }
    }

    /** {@code inputs} maps service field names to the client ids of the inputs that hold them. */
    public static void show(RuntimeException refused, Map<String, String> inputs) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale(faces);
        Optional<DomainException> domain = Problems.cause(refused, DomainException.class);
        Optional<ConstraintViolationException> invalid = Problems.cause(refused, ConstraintViolationException.class);
        if (domain.orElse(null) instanceof InvalidInputException input) {
            for (FieldError error : input.errors()) {
                addFor(error.field(), error.text().in(locale), inputs);
            }
        } else if (domain.orElse(null) instanceof ConflictException conflict && conflict.field().isPresent()) {
            addFor(conflict.field().get(), conflict.getMessage(locale), inputs);
        } else if (domain.isPresent()) {
            error(null, domain.get().getMessage(locale));
        } else if (invalid.isPresent()) {
            for (ConstraintViolation<?> violation : invalid.get().getConstraintViolations()) {
                addFor(Problems.fieldName(violation), Interpolation.in(violation, locale), inputs);
            }
        } else {
            int status = Problems.from(refused).problem().status();
            error(null, text(status == 503 ? "error.unavailable" : "error.unexpected"));
        }
        faces.validationFailed();
    }

    /**
     * The visitor's language. The view applies it as it renders; a page's view action runs before
     * that, so the language bean is asked.
     */
    public static Locale locale(FacesContext faces) {
        var language = CDI.current().select(LanguageView.class);
        return language.isResolvable() ? language.get().getLocale() : faces.getViewRoot().getLocale();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A message from the page's resource bundle, in the visitor's language. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale(faces)).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale(faces)).format(arguments);
    }

    private static void addFor(String field, String message, Map<String, String> inputs) {
        String input = inputs.get(field);
        error(input, input == null ? field + ": " + message : message);
    }

    private static void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** Bean Validation messages again, in the visitor's language rather than the server's. */
    private static final class Interpolation {

        private static final MessageInterpolator INTERPOLATOR = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

        static String in(ConstraintViolation<?> violation, Locale locale) {
            try {
                return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
                    @Override
                    public ConstraintDescriptor<?> getConstraintDescriptor() {
                        return violation.getConstraintDescriptor();
                    }

                    @Override
                    public Object getValidatedValue() {
                        return violation.getInvalidValue();
                    }

                    @Override
                    public <T> T unwrap(Class<T> type) {
                        throw new ValidationException("no provider-specific context here");
                    }
                }, locale);
            } catch (RuntimeException templateNeedsMore) {
                return violation.getMessage();
            }
        }
    }
}
