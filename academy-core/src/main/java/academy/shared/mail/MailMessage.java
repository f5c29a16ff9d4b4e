package academy.shared.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A plain-text mail to one recipient.
 *
 * @param to      the recipient's address, already validated by whoever chose it
 * @param subject one line
 * @param body    plain text, lines separated by {@code \n}
 * @param headers further header fields, in order (such as {@code List-Unsubscribe}); one line each
 */
public record MailMessage(String to, String subject, String body, Map<String, String> headers) {

    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_HEADERS_LENGTH = 2000;
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,60}");

    public MailMessage(String to, String subject, String body) {
        this(to, subject, body, Map.of());
    }

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (to.isBlank() || to.length() > 254 || to.contains("\n") || to.contains("\r")) {
            throw new IllegalArgumentException("not a single recipient address: " + to);
        }
        if (subject.contains("\n") || subject.contains("\r") || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("a subject is one line of at most " + MAX_SUBJECT_LENGTH + " characters");
        }
        Objects.requireNonNull(headers, "headers");
        int length = 0;
        for (Map.Entry<String, String> field : headers.entrySet()) {
            if (!FIELD_NAME.matcher(field.getKey()).matches() || field.getValue().contains("\n") || field.getValue().contains("\r")) {
                throw new IllegalArgumentException("a header field is a name and one line: " + field.getKey());
            }
            length += field.getKey().length() + field.getValue().length() + 3;
        }
        if (length > MAX_HEADERS_LENGTH) {
            throw new IllegalArgumentException("header fields of at most " + MAX_HEADERS_LENGTH + " characters in all");
        }
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
}
