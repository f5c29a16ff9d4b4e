/**
 * Outgoing mail. Every mail is written to the {@code mail_outbox} table in the transaction of the
 * change that caused it ({@link academy.shared.mail.Mailer}), and delivered afterwards by
 * {@link academy.shared.mail.OutboxDelivery}: a failure to send never loses the change, and a
 * change that rolls back never sends a mail. Without an SMTP host the mail goes to the log and
 * stays in the outbox for the demo's outbox page.
 */
package academy.shared.mail;
