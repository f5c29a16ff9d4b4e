package academy.web.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Text no part of the academy accepts, found before any of it runs: a NUL byte or another control
 * character (other than tab and line breaks) in the path or a parameter, or a percent sign that
 * starts no escape. PostgreSQL cannot store NUL, and nothing a person types holds such characters,
 * so they are refused with 400 rather than reaching a query and failing there. Pure functions.
 */
public final class RequestText {

    private RequestText() {
    }

    /**
     * Why the request cannot be read, in words for the person who sent it; empty when it can.
     *
     * @param rawPath    the path as sent, still percent-encoded
     * @param rawQuery   the query string as sent, or null
     * @param parameters the decoded parameters (query and form), or an empty map when they must not be read here
     */
    public static Optional<String> refusal(String rawPath, String rawQuery, Map<String, String[]> parameters) {
        Optional<String> path = decoded(rawPath, false);
        if (path.isEmpty() || unreadable(path.get())) {
            return Optional.of("The address holds characters the academy does not accept.");
        }
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                Optional<String> name = decoded(nameAndValue[0], true);
                Optional<String> value = nameAndValue.length > 1 ? decoded(nameAndValue[1], true) : Optional.of("");
                if (name.isEmpty() || value.isEmpty() || unreadable(name.get()) || unreadable(value.get())) {
                    return Optional.of(about(name.filter(n -> !unreadable(n))));
                }
            }
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (unreadable(parameter.getKey())) {
                return Optional.of(about(Optional.empty()));
            }
            for (String value : parameter.getValue()) {
                if (value != null && unreadable(value)) {
                    return Optional.of(about(Optional.of(parameter.getKey())));
                }
            }
        }
        return Optional.empty();
    }

    private static String about(Optional<String> name) {
        return name.map(n -> "The value of \"" + abbreviated(n) + "\"").orElse("A parameter")
                + " holds characters the academy does not accept (such as a NUL byte).";
    }

    private static String abbreviated(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }

    /** True when the text holds a control character other than tab, carriage return and line feed. */
    static boolean unreadable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> decoded(String raw, boolean form) {
        try {
            return Optional.of(URLDecoder.decode(form ? raw : raw.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
