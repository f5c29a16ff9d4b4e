package academy.web.nhsuk;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.render.FacesRenderer;

import academy.web.nhsuk.DateEntry.Part;

/**
 * Draws {@link DateInput} as the NHS.UK date input: Day, Month and Year boxes with ids and names
 * {@code <clientId>-day}, {@code -month}, {@code -year}; after an error the boxes keep what was
 * typed and the wrong ones are marked.
 */
@FacesRenderer(componentFamily = UIInput.COMPONENT_FAMILY, rendererType = DateInput.TYPE)
public class DateInputRenderer extends FieldsetRenderer {

    @Override
    public void decode(FacesContext context, UIComponent field) {
        if (flag(field, "disabled") || !(field instanceof UIInput input)) {
            return;
        }
        Map<String, String> sent = context.getExternalContext().getRequestParameterMap();
        String clientId = field.getClientId(context);
        input.setSubmittedValue(new DateEntry(sent.get(clientId + "-day"), sent.get(clientId + "-month"), sent.get(clientId + "-year")));
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent field, Object submitted) {
        if (!(submitted instanceof DateEntry entry)) {
            return null;
        }
        DateEntry.Reading reading = entry.read(label(field));
        if (!reading.ok()) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, reading.error(), reading.error()));
        }
        return reading.date();
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent field) throws IOException {
        ResponseWriter out = context.getResponseWriter();
        String clientId = field.getClientId(context);
        UIInput input = (UIInput) field;
        DateEntry shown;
        Set<Part> marked;
        if (input.getSubmittedValue() instanceof DateEntry sent) {
            shown = sent;
            DateEntry.Reading reading = sent.read(label(field));
            marked = reading.ok() ? Set.of() : reading.wrong();
        } else {
            shown = DateEntry.of(input.getValue() instanceof LocalDate date ? date : null);
            marked = Set.of();
        }
        boolean invalid = error(context, field) != null;
        if (invalid && marked.isEmpty()) {
            marked = Set.of(Part.values());
        }
        startFieldset(context, field, "group");
        out.startElement("div", field);
        out.writeAttribute("class", "nhsuk-date-input", null);
        out.writeAttribute("id", clientId, null);
        box(context, field, clientId, Part.DAY, "Day", shown.day(), 2, marked.contains(Part.DAY));
        box(context, field, clientId, Part.MONTH, "Month", shown.month(), 2, marked.contains(Part.MONTH));
        box(context, field, clientId, Part.YEAR, "Year", shown.year(), 4, marked.contains(Part.YEAR));
        out.endElement("div");
        endFieldset(context);
    }

    private static void box(FacesContext context, UIComponent field, String clientId, Part part, String label, String value,
            int width, boolean wrong) throws IOException {
        ResponseWriter out = context.getResponseWriter();
        String id = clientId + "-" + part.word();
        out.startElement("div", null);
        out.writeAttribute("class", "nhsuk-date-input__item", null);
        out.startElement("div", null);
        out.writeAttribute("class", Fields.join("nhsuk-form-group", wrong ? "nhsuk-form-group--error" : null), null);
        out.startElement("label", null);
        out.writeAttribute("class", "nhsuk-label nhsuk-date-input__label", null);
        out.writeAttribute("for", id, null);
        out.writeText(label, null);
        out.endElement("label");
        out.startElement("input", null);
        out.writeAttribute("class", Fields.join("nhsuk-input", wrong ? "nhsuk-input--error" : null,
                "nhsuk-input--width-" + width, "nhsuk-date-input__input"), null);
        out.writeAttribute("id", id, null);
        out.writeAttribute("name", id, null);
        out.writeAttribute("type", "text", null);
        out.writeAttribute("inputmode", "numeric", null);
        if (value != null && !value.isEmpty()) {
            out.writeAttribute("value", value, null);
        }
        if (flag(field, "disabled")) {
            out.writeAttribute("disabled", "disabled", null);
        }
        out.endElement("input");
        out.endElement("div");
        out.endElement("div");
    }
}
