package academy.bench.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One Payara Micro process started for a measurement: the WARs it deploys (each with its context
 * root), the environment it gets, how long it took until its readiness URL answered as expected,
 * and its resident memory then. Bound to loopback, under a cluster name of its own.
 */
final class MicroInstance implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private final Process process;
    private final URI base;
    private final Path log;
    private Duration startup;
    private long rssKilobytes;

    private MicroInstance(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * Starts Payara Micro with {@code deployments} (WAR path → context root) and waits until
     * {@code readyPath} answers 200 with a body {@code ready} accepts.
     */
    static MicroInstance start(SuiteSettings settings, String name, Map<Path, String> deployments,
            Map<String, String> environment, String readyPath, Predicate<String> ready) throws IOException {
        return start(settings, name, deployments, environment, List.of(), readyPath, ready);
    }

    /** As above, with more options for the JVM (a flight recording, say). */
    static MicroInstance start(SuiteSettings settings, String name, Map<Path, String> deployments,
            Map<String, String> environment, List<String> jvmOptions, String readyPath, Predicate<String> ready)
            throws IOException {
        Path directory = settings.work().resolve(name);
        Files.createDirectories(directory);
        // Payara Micro redeploys what its root directory holds from an earlier start beside the WAR
        // given now: an instance of an older build would run alongside, so each start begins empty.
        deleteTree(directory.resolve("micro"));
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + settings.heap(), "-Dhazelcast.socket.bind.any=false"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", settings.microJar().toString()));
        deployments.forEach((war, root) -> command.addAll(List.of("--deploy", war + ":" + root)));
        command.addAll(List.of("--port", Integer.toString(settings.port()), "--interfaces", "127.0.0.1",
                "--clustermode", "tcpip:127.0.0.1:" + settings.hazelcastPort(), "--clustername", "academy-bench",
                "--rootdir", directory.resolve("micro").toString()));
        if (settings.preboot() != null) {
            command.addAll(List.of("--prebootcommandfile", settings.preboot().toString()));
        }
        Path log = directory.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("ACADEMY_HTTP_HOST", "127.0.0.1");
        builder.environment().put("ACADEMY_HTTP_PORT", Integer.toString(settings.port()));
        long started = System.nanoTime();
        MicroInstance instance = new MicroInstance(builder.start(), URI.create("http://127.0.0.1:" + settings.port() + "/"), log);
        instance.awaitReady(readyPath, ready, started);
        return instance;
    }

    private void awaitReady(String path, Predicate<String> ready, long started) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = started + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && ready.test(response.body())) {
                    startup = Duration.ofNanos(System.nanoTime() - started);
                    rssKilobytes = residentKilobytes(process.pid());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Payara Micro", interrupted);
            }
            sleep(100);
        }
        close();
        throw new IOException("Payara Micro did not answer " + path + " within " + START_LIMIT + "; see " + log);
    }

    /** Resident memory of the process now, from /proc (Linux). */
    static long residentKilobytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS for process " + pid);
    }

    URI base() {
        return base;
    }

    Duration startup() {
        return startup;
    }

    long rssKilobytes() {
        return rssKilobytes;
    }

    long rssNowKilobytes() throws IOException {
        return residentKilobytes(process.pid());
    }

    Path log() {
        return log;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
