package academy.web.nhsuk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import academy.shared.time.AcademyCalendar;

/**
 * {@code <n:dateInput>}: a day as three boxes (Day, Month, Year), value a {@link LocalDate}. What
 * was typed is read by {@link DateEntry}; {@code min}/{@code max} are checked here, each message
 * naming its limit.
 */
@FacesComponent(DateInput.TYPE)
public class DateInput extends UIInput implements FieldsetField {

    public static final String TYPE = "academy.nhsuk.DateInput";

    public DateInput() {
        setRendererType(TYPE);
    }

    /** The page's message, else "Enter <label>". */
    @Override
    public String getRequiredMessage() {
        return FieldsetField.requiredMessage(this, super.getRequiredMessage(), "Enter", "a date");
    }

    @Override
    public String firstInputId(String clientId) {
        return clientId + "-day";
    }

    @Override
    protected void validateValue(FacesContext context, Object value) {
        super.validateValue(context, value);
        if (!isValid() || !(value instanceof LocalDate date)) {
            return;
        }
        String label = String.valueOf(getAttributes().getOrDefault("label", "Date"));
        LocalDate min = limit("min");
        LocalDate max = limit("max");
        String problem = null;
        if (min != null && date.isBefore(min)) {
            problem = label + " must be on or after " + AcademyCalendar.day(min);
        } else if (max != null && date.isAfter(max)) {
            problem = label + " must be on or before " + AcademyCalendar.day(max);
        }
        if (problem != null) {
            context.addMessage(getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, problem));
            setValid(false);
        }
    }

    private LocalDate limit(String name) {
        Object limit = getAttributes().get(name);
        if (limit instanceof LocalDate date) {
            return date;
        }
        if (limit instanceof CharSequence text && !text.isEmpty()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notIso) {
                throw new IllegalArgumentException("n:dateInput " + name + " must be a LocalDate or yyyy-mm-dd, not " + text, notIso);
            }
        }
        return null;
    }
}
