package academy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' mail server: GreenMail, a real SMTP server inside the test JVM, where failsafe points
 * the academy (ACADEMY_SMTP_HOST/PORT). Tests read mail as a person would: wait for it, then
 * follow the link in it.
 */
public final class Mailbox {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Mailbox() {
    }

    /**
     * One server for a whole test class (register it as a static {@code @RegisterExtension}): the
     * academy delivers every few seconds, whichever test is running.
     */
    public static GreenMailExtension server() {
        int port = Integer.parseInt(System.getProperty("academy.it.smtp.port", "3025"));
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }

    /** Waits for a mail to {@code recipient} whose subject starts so, and returns its text. */
    public static String mailTo(GreenMailExtension server, String recipient, String subject) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            for (MimeMessage message : server.getReceivedMessages()) {
                boolean toThem = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                if (toThem && message.getSubject().startsWith(subject)) {
                    return message.getContent().toString();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail \"" + subject + "\" to " + recipient + " within " + PATIENCE.toSeconds() + " s");
    }

    /** The link to {@code path} (with its {@code ?token=}) in a mail's text. */
    public static String linkIn(String body, String path) {
        Matcher link = Pattern.compile("https?://\\S+" + Pattern.quote(path) + "\\?token=\\S+").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group();
    }
}
