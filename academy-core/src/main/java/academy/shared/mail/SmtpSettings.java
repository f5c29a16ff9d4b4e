package academy.shared.mail;

import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where mail goes: the SMTP server from {@code ACADEMY_SMTP_*}, or nowhere (the log) when
 * {@code ACADEMY_SMTP_HOST} is unset. The session is built here rather than looked up as a
 * container mail resource so that one set of environment variables configures every instance.
 */
@ApplicationScoped
public class SmtpSettings {

    @Inject
    @ConfigProperty(name = "academy.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "academy.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "academy.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "academy.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "academy.smtp.from", defaultValue = "academy@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "academy.smtp.starttls", defaultValue = "true")
    boolean startTls;

    private volatile Session session;

    /** True when mail is sent over SMTP; false when it only goes to the log and the outbox. */
    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** The sender address of every mail. */
    public String from() {
        return from;
    }

    /** A mail session for the configured server, or empty when none is configured. */
    public Optional<Session> session() {
        if (!isConfigured()) {
            return Optional.empty();
        }
        Session current = session;
        if (current == null) {
            current = createSession();
            session = current;
        }
        return Optional.of(current);
    }

    private Session createSession() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.orElseThrow().strip());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        properties.put("mail.smtp.from", from);
        Optional<String> login = user.filter(u -> !u.isBlank());
        if (login.isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        String secret = password.orElse("");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(login.get(), secret);
            }
        });
    }
}
