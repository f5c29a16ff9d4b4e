package academy.web.nhsuk;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UISelectMany;

/** {@code <n:checkboxes>}: any number of answers, as NHS.UK checkboxes (instead of every multi-select). */
@FacesComponent(Checkboxes.TYPE)
public class Checkboxes extends UISelectMany implements FieldsetField {

    public static final String TYPE = "academy.nhsuk.Checkboxes";

    public Checkboxes() {
        setRendererType(TYPE);
    }

    /** The page's message, else "Select <label>". */
    @Override
    public String getRequiredMessage() {
        return FieldsetField.requiredMessage(this, super.getRequiredMessage(), "Select", "an answer");
    }
}
