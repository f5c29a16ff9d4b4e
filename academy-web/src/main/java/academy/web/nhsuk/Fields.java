package academy.web.nhsuk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * What the {@code urn:academy:nhsuk} tag files ask while they draw a field (bean {@code nhsuk}): the
 * field's client id, whether Faces holds a message for it, the classes and the
 * {@code aria-describedby} that follow. A tag file knows only the id the page gave
 * ({@code email}); the component is found from wherever the tag is being drawn, relative to its
 * naming container, as {@code h:outputLabel for} finds it — so fields in forms and repeated rows
 * work alike.
 */
@Named("nhsuk")
@RequestScoped
public class Fields {

    private static final Set<String> INPUT_WIDTHS = Set.of("2", "3", "4", "5", "10", "20", "30");
    private static final Set<String> SIZES = Set.of("s", "m", "l", "xl");

    private final Deque<Integer> cardGroups = new ArrayDeque<>();
    private int tasks;

    /** The client id of the field with this id, as the page would write it in {@code for} and links. */
    public String clientId(String id) {
        FacesContext context = FacesContext.getCurrentInstance();
        return find(context, id).map(c -> c.getClientId(context)).orElse(id);
    }

    /** True when Faces holds a message for the field, or the field failed validation. */
    public boolean invalid(String id) {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<UIComponent> field = find(context, id);
        if (field.isEmpty()) {
            return false;
        }
        if (field.get() instanceof UIInput input && !input.isValid()) {
            return true;
        }
        return !context.getMessageList(field.get().getClientId(context)).isEmpty();
    }

    /** The field's first message, as the NHS.UK error message under its label shows it; "" when none. */
    public String error(String id) {
        FacesContext context = FacesContext.getCurrentInstance();
        return find(context, id)
                .flatMap(c -> context.getMessageList(c.getClientId(context)).stream().findFirst())
                .map(Fields::text)
                .orElse("");
    }

    /** The ids of the hint and the error message, for the input's aria-describedby; null when neither shows. */
    public String describedBy(String id, String hint) {
        return describedBy(clientId(id), hint, invalid(id));
    }

    static String describedBy(String clientId, String hint, boolean invalid) {
        String ids = join(hint != null && !hint.isBlank() ? clientId + "-hint" : null, invalid ? clientId + "-error" : null);
        return ids.isEmpty() ? null : ids;
    }

    /** "nhsuk-form-group", with "--error" when the field has a message, and the page's own classes. */
    public String formGroupClass(String id, String styleClass) {
        return formGroupClass(invalid(id), styleClass);
    }

    static String formGroupClass(boolean invalid, String styleClass) {
        return join("nhsuk-form-group", invalid ? "nhsuk-form-group--error" : null, styleClass);
    }

    /** The label's classes: a size modifier when asked for, or "l" when the label is the page's heading. */
    public String labelClass(String size, Object pageHeading) {
        return join("nhsuk-label", sizeModifier("nhsuk-label--", size, pageHeading));
    }

    /** The legend's classes, as {@link #labelClass} for a fieldset. */
    public String legendClass(String size, Object pageHeading) {
        return join("nhsuk-fieldset__legend", sizeModifier("nhsuk-fieldset__legend--", size, pageHeading));
    }

    /** A text input's classes: fixed width when asked for (2, 3, 4, 5, 10, 20, 30), error modifier. */
    public String inputClass(String id, Object width) {
        return inputClass(invalid(id), width);
    }

    static String inputClass(boolean invalid, Object width) {
        String w = width == null ? "" : width.toString().trim();
        return join("nhsuk-input", INPUT_WIDTHS.contains(w) ? "nhsuk-input--width-" + w : null,
                invalid ? "nhsuk-input--error" : null);
    }

    public String textareaClass(String id) {
        return join("nhsuk-textarea", invalid(id) ? "nhsuk-textarea--error" : null);
    }

    public String selectClass(String id) {
        return join("nhsuk-select", invalid(id) ? "nhsuk-select--error" : null);
    }

    /** The page's own message, or "Enter …" / "Select …" built from the label ("Enter email address"). */
    public String requiredMessage(String given, String verb, String label) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        return verb + " " + lowerFirst(label == null ? "an answer" : label);
    }

    /** true for true or "true"; false for anything else, null included. */
    public boolean on(Object flag) {
        return flag instanceof Boolean b ? b : flag != null && "true".equalsIgnoreCase(flag.toString().trim());
    }

    /** An int attribute given to a tag, or the default when it was not given or is not a number. */
    public int number(Object given, int fallback) {
        if (given instanceof Number n) {
            return n.intValue();
        }
        try {
            return given == null ? fallback : Integer.parseInt(given.toString().trim());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    /** The tag's classes for a status key, or for a colour with {@code text}. */
    public String tagClass(String status, String colour) {
        if (status != null && !status.isBlank()) {
            return Status.of(status.trim()).tagClass();
        }
        return TagColour.classFor(colour);
    }

    public String tagText(String status, String text) {
        if (status != null && !status.isBlank()) {
            return Status.of(status.trim()).label();
        }
        return text == null ? "" : text;
    }

    /** true unless the attribute says false: for flags that default to on (a table's {@code responsive}). */
    public boolean onUnlessOff(Object flag) {
        return flag == null || !(Boolean.FALSE.equals(flag) || "false".equalsIgnoreCase(flag.toString().trim()));
    }

    /** Starts the next task list item and returns its id ("nhsuk-task-3"), for its hint and status ids. */
    public String nextTask() {
        tasks++;
        return task();
    }

    /** The id of the task list item being drawn. */
    public String task() {
        return "nhsuk-task-" + tasks;
    }

    /** The task link's aria-describedby: its hint (when it has one) and its status. */
    public String taskDescribedBy(String hint) {
        return (hint == null || hint.isBlank() ? "" : task() + "-hint ") + task() + "-status";
    }

    /** Begins a card group while it draws (called by n:cardGroup); returns "" so it writes nothing. */
    public String openCardGroup(Object columns) {
        cardGroups.push(number(columns, 2) == 3 ? 3 : 2);
        return "";
    }

    public String closeCardGroup() {
        cardGroups.poll();
        return "";
    }

    /** True while an n:card is drawn inside an n:cardGroup. */
    public boolean inCardGroup() {
        return !cardGroups.isEmpty();
    }

    /** The list item around a card in a group: half or a third of the row from tablet width up. */
    public String cardItemClass() {
        Integer columns = cardGroups.peek();
        return (columns != null && columns == 3 ? "nhsuk-grid-column-one-third" : "nhsuk-grid-column-one-half")
                + " nhsuk-card-group__item";
    }

    /** The error summary's entries: each error message, linked to its field's first input when it has one. */
    public List<Problem> problems() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext();) {
            String clientId = ids.next();
            for (FacesMessage message : context.getMessageList(clientId)) {
                if (message.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0) {
                    message.rendered();
                    problems.add(new Problem(text(message), clientId == null ? null : "#" + firstInput(context, clientId)));
                }
            }
        }
        return problems;
    }

    /** The confirmations (info messages), for the success banner. */
    public List<String> notices() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<String> notices = new ArrayList<>();
        for (Iterator<FacesMessage> messages = context.getMessages(); messages.hasNext();) {
            FacesMessage message = messages.next();
            if (message.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) < 0) {
                message.rendered();
                notices.add(text(message));
            }
        }
        return notices;
    }

    /** One line of the error summary; {@code href} null for a message that belongs to no field. */
    public record Problem(String text, String href) {
    }

    private static String firstInput(FacesContext context, String clientId) {
        String[] target = {clientId};
        try {
            context.getViewRoot().invokeOnComponent(context, clientId, (ctx, component) -> {
                if (component instanceof FieldsetField field) {
                    target[0] = field.firstInputId(clientId);
                }
            });
        } catch (RuntimeException notFound) {
            // The message names no component in this view (a page's own id): link to the id as given.
        }
        return target[0];
    }

    private static Optional<UIComponent> find(FacesContext context, String id) {
        if (context == null || id == null || id.isBlank() || context.getViewRoot() == null) {
            return Optional.empty();
        }
        UIComponent base = UIComponent.getCurrentComponent(context);
        try {
            UIComponent found = (base == null ? context.getViewRoot() : base).findComponent(id);
            return Optional.ofNullable(found);
        } catch (IllegalArgumentException notANamingContainer) {
            return Optional.empty();
        }
    }

    private static String text(FacesMessage message) {
        String summary = message.getSummary();
        return summary == null || summary.isBlank() ? String.valueOf(message.getDetail()) : summary;
    }

    private static String sizeModifier(String prefix, String size, Object pageHeading) {
        String s = size == null ? "" : size.trim();
        if (SIZES.contains(s)) {
            return prefix + s;
        }
        boolean heading = pageHeading instanceof Boolean b ? b : pageHeading != null && "true".equals(pageHeading.toString());
        return heading ? prefix + "l" : null;
    }

    static String lowerFirst(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    static String join(String... classes) {
        StringBuilder joined = new StringBuilder();
        for (String c : classes) {
            if (c != null && !c.isBlank() && !"null".equals(c)) {
                joined.append(joined.isEmpty() ? "" : " ").append(c.trim());
            }
        }
        return joined.toString();
    }
}
