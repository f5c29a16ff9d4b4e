package academy.shared.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import academy.shared.Page;
import academy.shared.PageRequest;

/**
 * Delivers queued mail. The web layer calls {@link #deliverPending(int)} every few seconds (a
 * managed scheduled executor); each call takes a batch under row locks, so instances sharing one
 * database never send a mail twice, and marks each mail sent or failed. A failing mail is retried
 * on later calls, up to {@value OutboxMail#MAX_ATTEMPTS} attempts.
 */
@ApplicationScoped
@Transactional
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SmtpSettings smtp;

    /** What one delivery run did. */
    public record Report(int delivered, int failed) {
    }

    /**
     * Delivers up to {@code max} pending mails, oldest first: over SMTP when a host is configured,
     * otherwise to the log (they stay visible in the outbox).
     */
    public Report deliverPending(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive");
        }
        // Ids first, then each row locked on its own: "FOR UPDATE" with a row limit is not portable
        // (EclipseLink writes it in an order H2 rejects). A row another instance has just sent is
        // skipped once its lock is released, because it is no longer pending.
        List<Long> ids = em.createQuery(
                        "SELECT m.id FROM OutboxMail m WHERE m.sentAt IS NULL AND m.attempts < :limit ORDER BY m.id",
                        Long.class)
                .setParameter("limit", OutboxMail.MAX_ATTEMPTS)
                .setMaxResults(max)
                .getResultList();
        List<OutboxMail> batch = ids.stream()
                .map(id -> em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(mail -> mail != null && mail.isPending())
                .toList();
        Optional<Session> session = smtp.session();
        int delivered = 0;
        int failed = 0;
        for (OutboxMail mail : batch) {
            if (session.isEmpty()) {
                LOG.info(() -> "Mail (no SMTP host configured, so it is only logged)\n  To: " + mail.recipient()
                        + "\n  Subject: " + mail.subject() + mail.headers().entrySet().stream()
                        .map(field -> "\n  " + field.getKey() + ": " + field.getValue()).collect(Collectors.joining())
                        + "\n\n" + mail.body());
                mail.delivered(OutboxMail.Channel.LOG, clock.instant());
                delivered++;
                continue;
            }
            try {
                Transport.send(toMime(session.get(), mail.message()));
                mail.delivered(OutboxMail.Channel.SMTP, clock.instant());
                delivered++;
            } catch (MessagingException | RuntimeException refused) {
                // The mail stays pending for the next run; the change that caused it is already safe.
                mail.failed(refused.getClass().getSimpleName() + ": " + refused.getMessage());
                failed++;
                LOG.log(Level.WARNING, "Could not send " + mail + " (attempt " + mail.attempts() + ")", refused);
            }
        }
        return new Report(delivered, failed);
    }

    /** The outbox, newest first: what the demo's outbox page shows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OutboxMail> recent(PageRequest page) {
        long total = em.createQuery("SELECT COUNT(m) FROM OutboxMail m", Long.class).getSingleResult();
        List<OutboxMail> items = em.createQuery("SELECT m FROM OutboxMail m ORDER BY m.id DESC", OutboxMail.class)
                .setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
        return new Page<>(items, page.pageNumber(), page.pageSize(), total);
    }

    private MimeMessage toMime(Session session, MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(smtp.from()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.body(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(clock.instant()));
        for (Map.Entry<String, String> field : message.headers().entrySet()) {
            mime.setHeader(field.getKey(), field.getValue());
        }
        return mime;
    }
}
