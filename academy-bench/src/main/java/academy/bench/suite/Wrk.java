package academy.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sustained throughput of one URL, measured with wrk (a separate process on loopback). Requests
 * go round-robin over the given sessions' cookies, so the load is many signed-in visitors rather
 * than one. A warm-up run comes first and is not counted.
 */
final class Wrk {

    record Result(String url, double requestsPerSecond, double p50Millis, double p99Millis, long requests,
            long errors) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("([0-9]+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    private Wrk() {
    }

    static Result measure(SuiteSettings settings, String url, List<String> cookies) throws IOException {
        Path script = settings.work().resolve("cookies.lua");
        StringBuilder lua = new StringBuilder("local cookies = {");
        for (String cookie : cookies) {
            lua.append('"').append(cookie.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i % #cookies + 1\n"
                + "  return wrk.format(nil, nil, {Cookie = cookies[i]})\nend\n");
        Files.writeString(script, cookies.isEmpty() ? "" : lua.toString());
        run(settings, url, script, settings.warmUp());
        String output = run(settings, url, script, settings.measure());
        long errors = find(NON_2XX, output).map(Long::parseLong).orElse(0L);
        Matcher sockets = SOCKET_ERRORS.matcher(output);
        if (sockets.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(sockets.group(g));
            }
        }
        return new Result(url, Double.parseDouble(find(RATE, output).orElseThrow(() ->
                new IOException("wrk printed no rate:\n" + output))),
                percentile(output, "50%"), percentile(output, "99%"),
                Long.parseLong(find(TOTAL, output).orElse("0")), errors);
    }

    private static String run(SuiteSettings settings, String url, Path script, Duration duration) throws IOException {
        List<String> command = List.of("wrk", "-t2", "-c" + settings.connections(), "-d" + duration.toSeconds() + "s",
                "--latency", "-s", script.toString(), url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        try {
            if (wrk.waitFor() != 0) {
                throw new IOException("wrk failed: " + output);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
        return output;
    }

    private static java.util.Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    /** A latency percentile from wrk's --latency table, in milliseconds. */
    static double percentile(String output, String label) {
        Matcher matcher = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s|m)").matcher(output);
        if (!matcher.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            default -> value;
        };
    }
}
