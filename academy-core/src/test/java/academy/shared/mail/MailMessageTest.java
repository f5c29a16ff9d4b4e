package academy.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MailMessageTest {

    @Test
    void headersCannotBeInjected() {
        assertThatThrownBy(() -> new MailMessage("a@example.org\r\nBcc: b@example.org", "Hi", "body"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailMessage("a@example.org", "Hi\nBcc: b@example.org", "body"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlainMessageIsAccepted() {
        assertThat(new MailMessage("a@example.org", "Hello", "Line one\nLine two").body()).contains("Line two");
    }

    @Test
    void headerFieldsAreNamesAndSingleLines() {
        MailMessage mail = new MailMessage("a@example.org", "Hello", "Body",
                Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        assertThat(mail.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        assertThat(new MailMessage("a@example.org", "Hello", "Body").headers()).isEmpty();
        assertThatThrownBy(() -> new MailMessage("a@example.org", "Hello", "Body",
                Map.of("List-Unsubscribe", "<x>\r\nBcc: someone@example.org"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailMessage("a@example.org", "Hello", "Body",
                Map.of("Bad Name", "x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
