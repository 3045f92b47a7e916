package dk.healthmarket.web.ui;

import dk.healthmarket.shared.DanishTime;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Shows an instant in Danish time, in the pattern of the component's {@code pattern} attribute
 * (by default day, month, year, hours and minutes). Display only.
 */
@FacesConverter("danishTime")
public class DanishTimeConverter implements Converter<Instant> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        Object pattern = component.getAttributes().get("pattern");
        return DateTimeFormatter.ofPattern(pattern == null ? "dd-MM-yyyy HH:mm" : pattern.toString()).withZone(DanishTime.ZONE).format(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("display only");
    }
}
