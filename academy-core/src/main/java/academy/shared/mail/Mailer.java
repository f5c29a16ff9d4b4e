package academy.shared.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues mail. {@link #send} writes to the outbox in the caller's transaction and returns at once;
 * {@link OutboxDelivery} delivers it after commit. So a mail goes out exactly when the change
 * that caused it was stored.
 */
@ApplicationScoped
@Transactional
public class Mailer {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "academy.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** Queues the mail for delivery after the current transaction commits. */
    public OutboxMail send(MailMessage message) {
        OutboxMail mail = new OutboxMail(message, clock.instant());
        em.persist(mail);
        return mail;
    }

    /**
     * An absolute link into the academy for a mail, from {@code ACADEMY_BASE_URL}, carrying a token.
     *
     * @param path  the page, starting with {@code /}, e.g. {@code /account/reset-password.xhtml}
     * @param token the secret the page needs; URL-encoded here
     */
    public String link(String path, String token) {
        return link(path) + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** An absolute link into the academy, from {@code ACADEMY_BASE_URL}. */
    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
