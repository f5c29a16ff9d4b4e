package academy.accreditation;

import academy.shared.InvalidRequestException;

/** Free text people type in assessment: given, stripped and not longer than its column. */
public final class Texts {

    private Texts() {
    }

    /** @throws InvalidRequestException with {@code whenBlank} when blank, or naming the limit when too long */
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
