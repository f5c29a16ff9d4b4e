package academy.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What makes a password acceptable, following NCSC and NIST advice rather than composition
 * rules: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, not guessable (zxcvbn scores it
 * at least {@value #MIN_SCORE} of 4, which means at least 10<sup>8</sup> guesses) and not
 * built on the person's own name or email address. A refusal says why in plain words and how to
 * do better, using zxcvbn's own feedback.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_SCORE = 3;
    /** Shorter parts of a name ("Li", "Jo") are inside too many ordinary words to refuse them. */
    static final int MIN_PERSONAL_WORD_LENGTH = 3;

    static final String ADVICE = "Try three or four unrelated words, such as a made-up phrase only you would think of.";

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final ResourceBundle feedbackWords = loadFeedbackWords();

    /**
     * Refuses an unacceptable password.
     *
     * @param displayName the person's name, which must not appear in it
     * @param email       the person's email address, whose local part must not appear in it
     * @throws WeakPasswordException saying why and how to choose better
     */
    public void check(String password, String displayName, EmailAddress email) {
        refusal(password, displayName, email).ifPresent(reason -> {
            throw new WeakPasswordException(reason);
        });
    }

    /**
     * Why the password would be refused, or empty when it is acceptable; for pages that give
     * feedback while the person types.
     */
    public Optional<String> refusal(String password, String displayName, EmailAddress email) {
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Your password needs at least " + MIN_LENGTH + " characters (this one has " + length
                    + "). " + ADVICE + " Long passwords are much harder to guess than clever ones.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Your password can have at most " + MAX_LENGTH + " characters (this one has "
                    + length + "). " + ADVICE);
        }
        List<String> personal = personalWords(displayName, email);
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (personal.stream().anyMatch(lower::contains)) {
            return Optional.of("Please leave your name and email address out of your password: they are the first "
                    + "things someone would try. " + ADVICE);
        }
        Strength strength = zxcvbn.measure(candidate, personal);
        try {
            if (strength.getScore() >= MIN_SCORE) {
                return Optional.empty();
            }
            return Optional.of(explain(strength.getFeedback().withResourceBundle(feedbackWords)));
        } finally {
            strength.wipe();
        }
    }

    private static String explain(Feedback feedback) {
        Set<String> sentences = new LinkedHashSet<>();
        sentences.add("This password would be too easy to guess.");
        String warning = feedback.getWarning();
        if (warning != null && !warning.isBlank()) {
            sentences.add(warning.strip());
        }
        feedback.getSuggestions().stream().filter(s -> s != null && !s.isBlank()).map(String::strip)
                .forEach(sentences::add);
        sentences.add(ADVICE);
        return String.join(" ", sentences);
    }

    /** The lower-cased name, its parts, the email's local part and its parts, each long enough to matter. */
    static List<String> personalWords(String displayName, EmailAddress email) {
        Set<String> words = new LinkedHashSet<>();
        List<String> wholes = new ArrayList<>();
        if (displayName != null) {
            wholes.add(displayName.strip().toLowerCase(Locale.ROOT));
        }
        if (email != null) {
            wholes.add(email.localPart());
        }
        for (String whole : wholes) {
            words.add(whole);
            for (String part : whole.split("[^\\p{L}\\p{N}]+")) {
                words.add(part);
            }
        }
        return words.stream().filter(w -> w.codePointCount(0, w.length()) >= MIN_PERSONAL_WORD_LENGTH).toList();
    }

    private static ResourceBundle loadFeedbackWords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/academy/account/password-feedback.properties")) {
            if (in == null) {
                throw new IllegalStateException("password-feedback.properties is missing from the class path");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
