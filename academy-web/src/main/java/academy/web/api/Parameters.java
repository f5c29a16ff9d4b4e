package academy.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import academy.shared.PageRequest;

/**
 * Strict reading of request parameters. Resources take parameters as strings and read them here,
 * so that every bad value becomes a 400 problem naming the parameter and what it may be, instead
 * of the framework's silent defaults or an unexplained 404.
 */
public final class Parameters {

    private Parameters() {
    }

    /** An optional parameter that must be one of {@code values}, written as {@code slugOf} writes them. */
    public static <E extends Enum<E>> Optional<E> oneOf(String name, String raw, Class<E> type,
                                                        Function<E, String> slugOf) {
        if (isAbsent(raw)) {
            return Optional.empty();
        }
        E[] constants = type.getEnumConstants();
        String given = raw.strip();
        return Optional.of(Arrays.stream(constants).filter(c -> slugOf.apply(c).equals(given)).findFirst()
                .orElseThrow(() -> {
                    List<String> values = Arrays.stream(constants).map(slugOf).toList();
                    String allowed = "one of " + String.join(", ", values);
                    return new InvalidParameterException(name,
                            "The parameter \"" + name + "\" must be " + allowed + ", not \"" + shorten(given) + "\".",
                            allowed, values);
                }));
    }

    /**
     * The {@code page} (from 0, default 0) and {@code size} (1 to {@link PageRequest#MAX_PAGE_SIZE},
     * default {@code defaultSize}) parameters every listing takes.
     */
    public static PageRequest page(String page, String size, int defaultSize) {
        return new PageRequest(integer("page", page, 0, 0, Integer.MAX_VALUE),
                integer("size", size, defaultSize, 1, PageRequest.MAX_PAGE_SIZE));
    }

    /** An optional whole number from {@code min} to {@code max}; {@code defaultValue} when absent. */
    public static int integer(String name, String raw, int defaultValue, int min, int max) {
        return isAbsent(raw) ? defaultValue : integer(name, raw, min, max);
    }

    /** A required whole number from {@code min} to {@code max}. */
    public static int integer(String name, String raw, int min, int max) {
        String allowed = max == Integer.MAX_VALUE
                ? "a whole number from " + min + " up"
                : "a whole number from " + min + " to " + max;
        try {
            int value = Integer.parseInt(raw == null ? "" : raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, the same way as a number out of range
        }
        throw new InvalidParameterException(name,
                "The parameter \"" + name + "\" must be " + allowed + ", not \"" + shorten(raw) + "\".", allowed, List.of());
    }

    /** Optional free text of at most {@code maxLength} characters (after trimming); blank counts as absent. */
    public static Optional<String> text(String name, String raw, int maxLength) {
        if (isAbsent(raw)) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.length() > maxLength) {
            String allowed = "text of at most " + maxLength + " characters";
            throw new InvalidParameterException(name, "The parameter \"" + name + "\" must be " + allowed
                    + "; it has " + text.length() + ".", allowed, List.of());
        }
        return Optional.of(text);
    }

    private static boolean isAbsent(String raw) {
        return raw == null || raw.isBlank();
    }

    // The rejected value is echoed back to help the caller, but never at length.
    private static String shorten(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "…";
    }
}
