package academy.certificate;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import academy.shared.RequiredText;

/** One labelled fact on a certificate ("Serial number", "7K3M-Q9TX-2HRB"), printed and shown on verification. */
@Embeddable
public class CertificateField {

    static final int MAX_LABEL = 80;
    static final int MAX_VALUE = 500;

    @Column(name = "field_label", nullable = false, updatable = false)
    private String label;

    @Column(name = "field_value", nullable = false, updatable = false)
    private String value;

    protected CertificateField() {
        // for JPA
    }

    public CertificateField(String label, String value) {
        this.label = requireText(label, MAX_LABEL, "label");
        this.value = requireText(value, MAX_VALUE, "value");
    }

    private static String requireText(String text, int max, String what) {
        Objects.requireNonNull(text, what);
        return RequiredText.require(text, 1, max,
                fault -> new IllegalArgumentException("a certificate field's " + what + " has 1 to " + max + " characters"));
    }

    public String label() { return label; }
    public String value() { return value; }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateField field && field.label.equals(label) && field.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, value);
    }

    @Override
    public String toString() {
        return label + ": " + value;
    }
}
