package academy.shared.mail;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One mail waiting to be delivered, or delivered ({@link #sentAt()}), over SMTP or to the log. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** After this many failed attempts the mail stays in the outbox, undelivered, for someone to look at. */
    static final int MAX_ATTEMPTS = 10;

    /** How the mail left: over SMTP, or written to the log because no SMTP host is configured. */
    public enum Channel { SMTP, LOG }

    @Id
    @SequenceGenerator(name = "mail_seq", sequenceName = "mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    /** Further header fields, one "Name: value" a line; empty for none. */
    @Column(updatable = false)
    private String headers;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column
    private String channel;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMail() {
        // for JPA
    }

    OutboxMail(MailMessage message, Instant createdAt) {
        this.recipient = message.to();
        this.subject = message.subject();
        this.body = message.body();
        this.headers = message.headers().isEmpty() ? null : message.headers().entrySet().stream()
                .map(field -> field.getKey() + ": " + field.getValue()).collect(Collectors.joining("\n"));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    void delivered(Channel via, Instant at) {
        attempts++;
        sentAt = at;
        channel = via.name();
        lastError = null;
    }

    void failed(String reason) {
        attempts++;
        lastError = reason == null ? "unknown" : reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    public Long id() { return id; }
    public String recipient() { return recipient; }
    public String subject() { return subject; }
    public String body() { return body; }
    public Instant createdAt() { return createdAt; }
    public Optional<Instant> sentAt() { return Optional.ofNullable(sentAt); }
    public Optional<Channel> channel() { return Optional.ofNullable(channel).map(Channel::valueOf); }
    public int attempts() { return attempts; }
    public Optional<String> lastError() { return Optional.ofNullable(lastError); }
    public boolean isPending() { return sentAt == null && attempts < MAX_ATTEMPTS; }

    /** The further header fields, in order. */
    public Map<String, String> headers() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (headers != null) {
            for (String line : headers.split("\n")) {
                int colon = line.indexOf(':');
                fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    MailMessage message() {
        return new MailMessage(recipient, subject, body, headers());
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof OutboxMail mail && id != null && id.equals(mail.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recipient, createdAt);
    }

    @Override
    public String toString() {
        return "OutboxMail[" + id + " to " + recipient + ": " + subject + "]";
    }
}
