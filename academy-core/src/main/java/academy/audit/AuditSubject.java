package academy.audit;

import java.util.Objects;

/**
 * What an audit entry is about: a type ({@code practice}, {@code person}, {@code membership}) and
 * the record's id or natural key ({@code 42}, {@code M83001}, an email address).
 */
public record AuditSubject(String type, String key) {

    static final int MAX_TYPE_LENGTH = 40;
    static final int MAX_KEY_LENGTH = 254;

    public AuditSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        if (type.isBlank() || type.length() > MAX_TYPE_LENGTH) {
            throw new IllegalArgumentException("subject type must be 1-" + MAX_TYPE_LENGTH + " characters: " + type);
        }
        if (key.length() > MAX_KEY_LENGTH) {
            key = key.substring(0, MAX_KEY_LENGTH);
        }
    }

    public static AuditSubject of(String type, long id) {
        return new AuditSubject(type, Long.toString(id));
    }

    /** For events about nothing in particular (e.g. an audit search). */
    public static AuditSubject none() {
        return new AuditSubject("none", "");
    }
}
