package academy.web.nhsuk;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectItem;
import jakarta.faces.component.UISelectItems;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;

/**
 * The answers a radios or checkboxes field offers, read from its {@code f:selectItem} and
 * {@code f:selectItems} children as Faces defines them (a SelectItem, an array, collection or map of
 * values, with {@code var} and {@code itemValue}/{@code itemLabel}/{@code itemDescription}/
 * {@code itemDisabled}), and the converter that turns their values into text and back.
 */
final class Choices {

    private Choices() {
    }

    static List<SelectItem> of(FacesContext context, UIComponent field) {
        List<SelectItem> items = new ArrayList<>();
        for (UIComponent child : field.getChildren()) {
            if (!child.isRendered()) {
                continue;
            }
            if (child instanceof UISelectItem item) {
                Object value = item.getValue();
                if (value instanceof SelectItem given) {
                    add(items, given);
                } else {
                    items.add(new SelectItem(item.getItemValue(), text(item.getItemLabel(), item.getItemValue()),
                            item.getItemDescription(), item.isItemDisabled(), item.isItemEscaped(), item.isNoSelectionOption()));
                }
            } else if (child instanceof UISelectItems list) {
                readList(context, list, items);
            }
        }
        return items;
    }

    private static void readList(FacesContext context, UISelectItems list, List<SelectItem> items) {
        Object value = list.getValue();
        if (value == null) {
            return;
        }
        if (value instanceof SelectItem single) {
            add(items, single);
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((label, itemValue) -> items.add(new SelectItem(itemValue, String.valueOf(label))));
            return;
        }
        Iterable<?> values;
        if (value instanceof Collection<?> collection) {
            values = collection;
        } else if (value.getClass().isArray()) {
            List<Object> array = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                array.add(Array.get(value, i));
            }
            values = array;
        } else if (value instanceof Iterable<?> iterable) {
            values = iterable;
        } else {
            values = List.of(value);
        }
        String var = (String) list.getAttributes().get("var");
        Map<String, Object> requestMap = context.getExternalContext().getRequestMap();
        Object previous = var == null ? null : requestMap.get(var);
        try {
            for (Object each : values) {
                if (each instanceof SelectItem given) {
                    add(items, given);
                    continue;
                }
                if (var != null) {
                    requestMap.put(var, each);
                }
                Map<String, Object> attributes = list.getAttributes();
                Object itemValue = attributes.containsKey("itemValue") || list.getValueExpression("itemValue") != null
                        ? attributes.get("itemValue") : each;
                Object label = attributes.get("itemLabel");
                Object description = attributes.get("itemDescription");
                Object disabled = attributes.get("itemDisabled");
                items.add(new SelectItem(itemValue, text(label, itemValue), description == null ? null : description.toString(),
                        Boolean.TRUE.equals(disabled) || "true".equals(String.valueOf(disabled))));
            }
        } finally {
            if (var != null) {
                if (previous == null) {
                    requestMap.remove(var);
                } else {
                    requestMap.put(var, previous);
                }
            }
        }
    }

    private static void add(List<SelectItem> items, SelectItem item) {
        if (item instanceof SelectItemGroup group) {
            for (SelectItem inner : group.getSelectItems()) {
                add(items, inner);
            }
        } else {
            items.add(item);
        }
    }

    private static String text(Object label, Object value) {
        return label != null ? label.toString() : value == null ? "" : value.toString();
    }

    /**
     * The field's own converter; else one for the value's type (enums, Long…); else, for a list of
     * values whose element type Java erases, one for the class of the answers' values.
     */
    static Converter<Object> converter(FacesContext context, UIComponent field, List<SelectItem> items) {
        @SuppressWarnings("unchecked")
        Converter<Object> own = field instanceof jakarta.faces.component.ValueHolder holder ? holder.getConverter() : null;
        if (own != null) {
            return own;
        }
        Class<?> type = null;
        ValueExpression value = field.getValueExpression("value");
        if (value != null) {
            try {
                type = value.getType(context.getELContext());
            } catch (RuntimeException unknown) {
                type = null;
            }
        }
        if (type == null || type == Object.class || Collection.class.isAssignableFrom(type) || type.isArray()) {
            type = items.stream().map(SelectItem::getValue).filter(v -> v != null).map(Object::getClass).findFirst().orElse(null);
        }
        if (type == null || type == String.class || type == Object.class) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Converter<Object> byType = (Converter<Object>) context.getApplication().createConverter(type);
        return byType;
    }

    /** An answer's value as the form sends it. */
    static String asText(FacesContext context, UIComponent field, Converter<Object> converter, Object value) {
        if (value == null) {
            return "";
        }
        if (converter != null) {
            String text = converter.getAsString(context, field, value);
            return text == null ? "" : text;
        }
        return value.toString();
    }
}
