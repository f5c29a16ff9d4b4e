package academy.accreditation.register;

import java.util.Locale;
import java.util.Optional;

import academy.shared.InvalidRequestException;

/**
 * What a visitor searches the public register for; every part is optional and blank means any.
 *
 * @param text     part of the practice's name, or the start of its ODS code
 * @param locality part of the practice's locality
 * @param level    a level's slug in the scheme ("foundation")
 */
public record RegisterSearch(Optional<String> text, Optional<String> locality, Optional<String> level) {

    static final int MAX_LENGTH = 100;

    public RegisterSearch {
        text = tidy(text, "name or practice code");
        locality = tidy(locality, "locality");
        level = tidy(level, "level");
    }

    public static RegisterSearch any() {
        return new RegisterSearch(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static RegisterSearch of(String text, String locality, String level) {
        return new RegisterSearch(Optional.ofNullable(text), Optional.ofNullable(locality), Optional.ofNullable(level));
    }

    public boolean isEmpty() {
        return text.isEmpty() && locality.isEmpty() && level.isEmpty();
    }

    /** The text as a LIKE pattern matching anywhere, with the wildcards a visitor types taken literally. */
    static String contains(String value) {
        return "%" + literal(value.toLowerCase(Locale.ROOT)) + "%";
    }

    static String startsWith(String value) {
        return literal(value.toUpperCase(Locale.ROOT)) + "%";
    }

    private static String literal(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Optional<String> tidy(Optional<String> value, String what) {
        Optional<String> stripped = value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
        if (stripped.isPresent() && stripped.get().length() > MAX_LENGTH) {
            throw new InvalidRequestException("Please shorten the " + what + " to at most " + MAX_LENGTH + " characters.");
        }
        return stripped;
    }
}
