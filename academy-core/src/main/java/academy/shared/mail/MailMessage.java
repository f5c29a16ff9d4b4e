package academy.shared.mail;

import java.util.Objects;

/**
 * A plain-text mail to one recipient.
 *
 * @param to      the recipient's address, already validated by whoever chose it
 * @param subject one line
 * @param body    plain text, lines separated by {@code \n}
 */
public record MailMessage(String to, String subject, String body) {

    static final int MAX_SUBJECT_LENGTH = 200;

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
    }
}
