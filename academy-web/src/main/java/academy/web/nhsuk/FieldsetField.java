package academy.web.nhsuk;

/**
 * A field drawn as a fieldset of several inputs (radios, checkboxes, date): the error summary links
 * to its first input, since the field's own client id names no single input.
 */
public interface FieldsetField {

    /** The id of the input a link to this field should focus. */
    String firstInputId(String clientId);
}
