package academy.web.nhsuk;

import java.io.IOException;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;

/**
 * What radios, checkboxes and the date input draw alike: the form group, the fieldset with its
 * legend (the page's h1 when {@code pageHeading}), the hint and the error message, and the
 * fieldset's aria-describedby pointing at both.
 */
public abstract class FieldsetRenderer extends Renderer<UIComponent> {

    /** Opens the form group and fieldset and writes legend, hint and error. */
    protected void startFieldset(FacesContext context, UIComponent field, String role) throws IOException {
        ResponseWriter out = context.getResponseWriter();
        String clientId = field.getClientId(context);
        String hint = string(field, "hint");
        String error = error(context, field);
        out.startElement("div", field);
        out.writeAttribute("class", Fields.join("nhsuk-form-group", error != null ? "nhsuk-form-group--error" : null,
                string(field, "styleClass")), null);
        out.startElement("fieldset", null);
        out.writeAttribute("class", "nhsuk-fieldset", null);
        if (role != null) {
            out.writeAttribute("role", role, null);
        }
        String describedBy = Fields.join(hint != null ? clientId + "-hint" : null, error != null ? clientId + "-error" : null);
        if (!describedBy.isEmpty()) {
            out.writeAttribute("aria-describedby", describedBy, null);
        }
        boolean pageHeading = flag(field, "pageHeading");
        out.startElement("legend", null);
        out.writeAttribute("class", Fields.join("nhsuk-fieldset__legend", legendSize(string(field, "labelSize"), pageHeading)), null);
        if (pageHeading) {
            out.startElement("h1", null);
            out.writeAttribute("class", "nhsuk-fieldset__heading", null);
            out.writeText(label(field), null);
            out.endElement("h1");
        } else {
            out.writeText(label(field), null);
        }
        out.endElement("legend");
        if (hint != null) {
            out.startElement("div", null);
            out.writeAttribute("class", "nhsuk-hint", null);
            out.writeAttribute("id", clientId + "-hint", null);
            out.writeText(hint, null);
            out.endElement("div");
        }
        if (error != null) {
            out.startElement("span", null);
            out.writeAttribute("class", "nhsuk-error-message", null);
            out.writeAttribute("id", clientId + "-error", null);
            out.startElement("span", null);
            out.writeAttribute("class", "nhsuk-u-visually-hidden", null);
            out.writeText("Error: ", null);
            out.endElement("span");
            out.writeText(error, null);
            out.endElement("span");
        }
    }

    protected void endFieldset(FacesContext context) throws IOException {
        ResponseWriter out = context.getResponseWriter();
        out.endElement("fieldset");
        out.endElement("div");
    }

    /** The field's first message, or null when it has none and passed validation. */
    protected static String error(FacesContext context, UIComponent field) {
        List<FacesMessage> messages = context.getMessageList(field.getClientId(context));
        if (!messages.isEmpty()) {
            FacesMessage first = messages.get(0);
            return first.getSummary() == null || first.getSummary().isBlank() ? first.getDetail() : first.getSummary();
        }
        return field instanceof UIInput input && !input.isValid() ? "Check this answer" : null;
    }

    protected static String label(UIComponent field) {
        String label = string(field, "label");
        return label == null ? "" : label;
    }

    protected static String string(UIComponent field, String name) {
        Object value = field.getAttributes().get(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    protected static boolean flag(UIComponent field, String name) {
        Object value = field.getAttributes().get(name);
        return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString().trim());
    }

    private static String legendSize(String size, boolean pageHeading) {
        if (size != null && List.of("s", "m", "l", "xl").contains(size.trim())) {
            return "nhsuk-fieldset__legend--" + size.trim();
        }
        return pageHeading ? "nhsuk-fieldset__legend--l" : null;
    }
}
