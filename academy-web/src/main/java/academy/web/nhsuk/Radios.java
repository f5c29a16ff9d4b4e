package academy.web.nhsuk;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UISelectOne;

/** {@code <n:radios>}: one answer from a few, as NHS.UK radios. */
@FacesComponent(Radios.TYPE)
public class Radios extends UISelectOne implements FieldsetField {

    public static final String TYPE = "academy.nhsuk.Radios";

    public Radios() {
        setRendererType(TYPE);
    }

    /** The page's message, else "Select <label>". */
    @Override
    public String getRequiredMessage() {
        return FieldsetField.requiredMessage(this, super.getRequiredMessage(), "Select", "an answer");
    }
}
