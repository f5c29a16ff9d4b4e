package academy.web.nhsuk;

import jakarta.faces.component.UIInput;

/**
 * A field drawn as a fieldset of several inputs (radios, checkboxes, date): the error summary links
 * to its first input, since the field's own client id names no single input.
 */
public interface FieldsetField {

    /** The id of the input a link to this field should focus: by default the field's own (radios, checkboxes). */
    default String firstInputId(String clientId) {
        return clientId;
    }

    /**
     * The page's {@code requiredMessage}, else the verb and the field's label ("Select your role"), else
     * the verb and {@code unnamed} for a field without a label.
     */
    static String requiredMessage(UIInput field, String given, String verb, String unnamed) {
        return given != null ? given
                : verb + " " + Fields.lowerFirst(String.valueOf(field.getAttributes().getOrDefault("label", unnamed)));
    }
}
