package academy.shared;

import java.util.function.Function;

/**
 * The one rule for text a person must give (a name, a note, grounds, reasons, a statement): it is
 * stripped of surrounding white space, and must then have at least one character (or the
 * caller's minimum) and at most the caller's maximum. Each caller keeps its own words for the
 * refusal; without them the refusal is an {@link InvalidRequestException}.
 */
public final class RequiredText {

    /** Why a text was refused. */
    public enum Fault { TOO_SHORT, TOO_LONG }

    private RequiredText() {
    }

    /**
     * @return the text, stripped
     * @throws InvalidRequestException with {@code whenBlank} when there is no text, or naming the limit when it is too long
     */
    public static String require(String text, int max, String whenBlank) {
        return require(text, max, whenBlank, "That text is too long: at most " + max + " characters.");
    }

    /**
     * @return the text, stripped
     * @throws InvalidRequestException with {@code whenBlank} when there is no text, or {@code whenTooLong}
     */
    public static String require(String text, int max, String whenBlank, String whenTooLong) {
        return require(text, 1, max, whenBlank, whenTooLong);
    }

    /**
     * @return the text, stripped
     * @throws InvalidRequestException with {@code whenTooShort} when it has fewer than {@code min} characters, or
     *     {@code whenTooLong} when more than {@code max}
     */
    public static String require(String text, int min, int max, String whenTooShort, String whenTooLong) {
        return require(text, min, max, fault -> new InvalidRequestException(fault == Fault.TOO_SHORT ? whenTooShort : whenTooLong));
    }

    /**
     * The rule with the caller's own refusal, for text that comes from code rather than a person.
     *
     * @return the text, stripped
     * @throws RuntimeException the refusal made for the fault, when the stripped text has fewer than
     *     {@code min} characters (at least one) or more than {@code max}
     */
    public static String require(String text, int min, int max, Function<Fault, ? extends RuntimeException> refusal) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() < Math.max(1, min)) {
            throw refusal.apply(Fault.TOO_SHORT);
        }
        if (stripped.length() > max) {
            throw refusal.apply(Fault.TOO_LONG);
        }
        return stripped;
    }
}
