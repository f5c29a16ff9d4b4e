package academy.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import academy.practice.JobRole;
import academy.web.SignInSession;
import academy.web.SignInSession.Response;
import academy.web.TestPeople;

/**
 * A learner working through a module over HTTP, as their browser would: the module page's
 * buttons, the lesson page's "I have read this", the quiz form and the API.
 */
final class LearnerSession {

    static final String PASSWORD = "quiet harbour lantern 42";
    private static final Pattern ATTEMPT = Pattern.compile("attempt=(\\d+)");

    final SignInSession http;
    final String email;

    private LearnerSession(SignInSession http, String email) {
        this.http = http;
        this.email = email;
    }

    /** A new person, an active member of a new practice in this role, signed in. */
    static LearnerSession newLearner(URI application, JobRole role) {
        String email = TestPeople.person("Learner " + role.slug(), PASSWORD);
        TestPeople.member(email, TestPeople.practice(), role);
        return signIn(application, email);
    }

    /** Another session (another tab or device) of the same person. */
    static LearnerSession signIn(URI application, String email) {
        return new LearnerSession(SignInSession.signIn(application, email, PASSWORD), email);
    }

    Document modulePage(String slug) {
        Response page = http.get("catalogue/module.xhtml?slug=" + slug);
        assertThat(page.status()).as("module page of %s", slug).isEqualTo(200);
        return page.html();
    }

    /** Presses a button of the module page's learner form; returns where it redirected. */
    String pressOnModulePage(String slug, String button) {
        Response pressed = http.submit(modulePage(slug), "learn", button, Map.of());
        assertThat(pressed.status()).as("pressing %s on %s: %s", button, slug, pressed).isEqualTo(302);
        return pressed.location().orElseThrow();
    }

    /** Marks every lesson read, one after the other, through the lesson pages' buttons. */
    void readLessons(String slug, int from, int to) {
        for (int n = from; n <= to; n++) {
            Response lesson = http.get("catalogue/lesson.xhtml?slug=" + slug + "&n=" + n);
            assertThat(lesson.status()).isEqualTo(200);
            Response read = http.submit(lesson.html(), "reading", "mark-read", Map.of());
            assertThat(read.status()).as("marking lesson %d read: %s", n, read).isEqualTo(302);
        }
    }

    /** Starts a quiz attempt from the module page; returns its id. */
    long startQuiz(String slug) {
        String location = pressOnModulePage(slug, "quiz");
        Matcher attempt = ATTEMPT.matcher(location);
        assertThat(attempt.find()).as("redirected to an attempt: %s", location).isTrue();
        return Long.parseLong(attempt.group(1));
    }

    Response quizPage(long attempt) {
        return http.get("learning/quiz.xhtml?attempt=" + attempt);
    }

    /**
     * Sends the quiz form of {@code page} with, for each question, the options that {@code answer}
     * picks from the question's text and its shown options.
     */
    Response submitQuiz(Document page, QuizKey key, boolean right) {
        Element form = page.getElementById("quiz");
        assertThat(form).as("the quiz form").isNotNull();
        Map<String, String> fields = new LinkedHashMap<>(SignInSession.formFields(form));
        StringBuilder body = new StringBuilder();
        for (Element fieldset : form.select("fieldset")) {
            String question = fieldset.selectFirst("legend").ownText().strip();
            Set<String> rightAnswers = key.rightAnswers(question);
            for (Element input : fieldset.select("input")) {
                String label = fieldset.selectFirst("label[for=" + input.id() + "]").text().strip();
                if (rightAnswers.contains(label) == right) {
                    body.append('&').append(input.attr("name")).append('=').append(input.val());
                    if (!right) {
                        break;
                    }
                }
            }
        }
        fields.put("quiz:submit", "quiz:submit");
        page.select("script[nonce]").stream().map(s -> s.attr("nonce")).filter(n -> !n.isEmpty()).findFirst()
                .ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
        return http.postRaw(form.attr("action"), fields, body.toString());
    }
}
