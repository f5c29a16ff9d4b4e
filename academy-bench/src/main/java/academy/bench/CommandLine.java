package academy.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code --name value} and {@code --name=value} options (an empty value is allowed in the second form). */
public final class CommandLine {

    private CommandLine() {
    }

    public static Map<String, String> options(String[] args) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("expected an option --name value or --name=value, found: " + arg);
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                named.put(arg.substring(2, equals), arg.substring(equals + 1));
            } else if (i + 1 < args.length) {
                named.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("the option " + arg + " needs a value");
            }
        }
        return named;
    }
}
