package academy.accreditation;

import academy.shared.InvalidRequestException;

/** Text a person must give (a note, grounds, reasons): stripped, not blank, not too long. */
public final class RequiredText {

    private RequiredText() {
    }

    /**
     * @throws InvalidRequestException with {@code whenBlank} when there is no text, or saying the limit when it is too long
     */
    public static String require(String text, int max, String whenBlank) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidRequestException(whenBlank);
        }
        if (stripped.length() > max) {
            throw new InvalidRequestException("That text is too long: at most " + max + " characters.");
        }
        return stripped;
    }
}
