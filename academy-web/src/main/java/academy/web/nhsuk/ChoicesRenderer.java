package academy.web.nhsuk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.render.FacesRenderer;

/**
 * NHS.UK radios or checkboxes for a UISelectOne or UISelectMany: one input per answer, the first
 * with the field's client id (so the label-less fieldset's error link and tests find it), the next
 * {@code <clientId>-2}, {@code -3}…; an answer's description is its hint. The values are converted
 * as Faces converts any select: the field's converter, else one for the value's type.
 */
public abstract class ChoicesRenderer extends FieldsetRenderer {

    /**
     * The name of a facet holding what an answer reveals ({@code <f:facet name="reveal-VALUE">}, VALUE as
     * the answer's value is written): NHS.UK conditional content, drawn right after the answer and
     * shown while it is chosen.
     */
    public static final String REVEAL = "reveal-";

    private final String kind;

    ChoicesRenderer(String kind) {
        this.kind = kind;
    }

    /** "radio" or "checkbox". */
    protected abstract String inputType();

    @Override
    public void encodeBegin(FacesContext context, UIComponent field) throws IOException {
        // Everything is drawn in encodeEnd, once the children (the answers) can be read.
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent field) {
        // The children are f:selectItem(s) and validators: read, not drawn.
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent field) throws IOException {
        ResponseWriter out = context.getResponseWriter();
        String clientId = field.getClientId(context);
        List<SelectItem> items = Choices.of(context, field);
        Converter<Object> converter = Choices.converter(context, field, items);
        Set<String> chosen = chosen(context, field, converter);
        boolean disabled = flag(field, "disabled");
        startFieldset(context, field, null);
        out.startElement("div", null);
        out.writeAttribute("class", Fields.join("nhsuk-" + kind, flag(field, "inline") ? "nhsuk-" + kind + "--inline" : null,
                flag(field, "small") ? "nhsuk-" + kind + "--small" : null), null);
        out.writeAttribute("data-module", "nhsuk-" + kind, null);
        int index = 0;
        for (SelectItem item : items) {
            index++;
            String itemId = index == 1 ? clientId : clientId + "-" + index;
            String value = Choices.asText(context, field, converter, item.getValue());
            String description = item.getDescription();
            boolean hasHint = description != null && !description.isBlank();
            UIComponent reveal = field.getFacet(REVEAL + value);
            String revealId = "conditional-" + itemId;
            out.startElement("div", null);
            out.writeAttribute("class", "nhsuk-" + kind + "__item", null);
            out.startElement("input", null);
            out.writeAttribute("class", "nhsuk-" + kind + "__input", null);
            out.writeAttribute("id", itemId, null);
            out.writeAttribute("name", clientId, null);
            out.writeAttribute("type", inputType(), null);
            out.writeAttribute("value", value, null);
            if (chosen.contains(value)) {
                out.writeAttribute("checked", "checked", null);
            }
            if (disabled || item.isDisabled()) {
                out.writeAttribute("disabled", "disabled", null);
            }
            if (hasHint) {
                out.writeAttribute("aria-describedby", itemId + "-item-hint", null);
            }
            out.endElement("input");
            out.startElement("label", null);
            out.writeAttribute("class", "nhsuk-label nhsuk-" + kind + "__label", null);
            out.writeAttribute("for", itemId, null);
            if (item.isEscape()) {
                out.writeText(item.getLabel() == null ? "" : item.getLabel(), null);
            } else {
                out.write(item.getLabel() == null ? "" : item.getLabel());
            }
            out.endElement("label");
            if (hasHint) {
                out.startElement("div", null);
                out.writeAttribute("class", "nhsuk-hint nhsuk-" + kind + "__hint", null);
                out.writeAttribute("id", itemId + "-item-hint", null);
                out.writeText(description, null);
                out.endElement("div");
            }
            out.endElement("div");
            if (reveal != null) {
                // Shown while its answer is chosen, by CSS alone (academy.css): nhsuk-frontend's script
                // would put aria-expanded on the radio, which ARIA does not allow there (axe: critical).
                out.startElement("div", null);
                out.writeAttribute("class", Fields.join("nhsuk-" + kind + "__conditional",
                        chosen.contains(value) ? null : "nhsuk-" + kind + "__conditional--hidden"), null);
                out.writeAttribute("id", revealId, null);
                reveal.encodeAll(context);
                out.endElement("div");
            }
        }
        out.endElement("div");
        endFieldset(context);
    }

    /** The answers to show as chosen: what was sent, when the form came back with an error; else the value. */
    private static Set<String> chosen(FacesContext context, UIComponent field, Converter<Object> converter) {
        Set<String> chosen = new LinkedHashSet<>();
        Object submitted = field instanceof UIInput input ? input.getSubmittedValue() : null;
        if (submitted instanceof String one) {
            chosen.add(one);
        } else if (submitted instanceof String[] many) {
            chosen.addAll(List.of(many));
        } else {
            Object value = field instanceof UIInput input ? input.getValue() : null;
            if (value instanceof Collection<?> values) {
                values.forEach(v -> chosen.add(Choices.asText(context, field, converter, v)));
            } else if (value instanceof Object[] values) {
                for (Object v : values) {
                    chosen.add(Choices.asText(context, field, converter, v));
                }
            } else if (value != null) {
                chosen.add(Choices.asText(context, field, converter, value));
            }
        }
        return chosen;
    }

    /** Radios: one answer, or "" for none so that {@code required} is checked. */
    @FacesRenderer(componentFamily = UISelectOne.COMPONENT_FAMILY, rendererType = Radios.TYPE)
    public static final class One extends ChoicesRenderer {

        public One() {
            super("radios");
        }

        @Override
        protected String inputType() {
            return "radio";
        }

        @Override
        public void decode(FacesContext context, UIComponent field) {
            if (flag(field, "disabled") || !(field instanceof UIInput input)) {
                return;
            }
            String sent = context.getExternalContext().getRequestParameterMap().get(field.getClientId(context));
            input.setSubmittedValue(sent == null ? "" : sent);
        }

        @Override
        public Object getConvertedValue(FacesContext context, UIComponent field, Object submitted) {
            String text = submitted == null ? "" : submitted.toString();
            if (text.isEmpty()) {
                return null;
            }
            Converter<Object> converter = Choices.converter(context, field, Choices.of(context, field));
            return converter == null ? text : converter.getAsObject(context, field, text);
        }
    }

    /** Checkboxes: any number of answers, into a List (or a Set when the value is one). */
    @FacesRenderer(componentFamily = UISelectMany.COMPONENT_FAMILY, rendererType = Checkboxes.TYPE)
    public static final class Many extends ChoicesRenderer {

        public Many() {
            super("checkboxes");
        }

        @Override
        protected String inputType() {
            return "checkbox";
        }

        @Override
        public void decode(FacesContext context, UIComponent field) {
            if (flag(field, "disabled") || !(field instanceof UIInput input)) {
                return;
            }
            String[] sent = context.getExternalContext().getRequestParameterValuesMap().get(field.getClientId(context));
            input.setSubmittedValue(sent == null ? new String[0] : sent);
        }

        @Override
        public Object getConvertedValue(FacesContext context, UIComponent field, Object submitted) {
            String[] texts = submitted instanceof String[] many ? many : new String[0];
            Converter<Object> converter = Choices.converter(context, field, Choices.of(context, field));
            Collection<Object> values = collectionFor(context, field);
            for (String text : texts) {
                if (text == null) {
                    continue;
                }
                Object value = converter == null ? text : converter.getAsObject(context, field, text);
                if (value == null) {
                    throw new ConverterException("No answer " + text);
                }
                values.add(value);
            }
            return values;
        }

        private static Collection<Object> collectionFor(FacesContext context, UIComponent field) {
            ValueExpression value = field.getValueExpression("value");
            Class<?> type = null;
            try {
                type = value == null ? null : value.getType(context.getELContext());
            } catch (RuntimeException unknown) {
                type = null;
            }
            if (type != null && SortedSet.class.isAssignableFrom(type)) {
                return new TreeSet<>();
            }
            if (type != null && Set.class.isAssignableFrom(type)) {
                return new LinkedHashSet<>();
            }
            return new ArrayList<>();
        }
    }
}
