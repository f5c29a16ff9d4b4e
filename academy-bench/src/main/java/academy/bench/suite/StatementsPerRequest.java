package academy.bench.suite;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL statements per request: each step of the journeys opened twice on an instance that counts
 * statements, the second request's count read from the instance's log.
 */
final class StatementsPerRequest {

    /** One step of a journey, as a page a signed-in visitor (or nobody) opens. */
    record Step(String name, String who, String path) {
    }

    private static final Pattern STATEMENT_LINE = Pattern.compile("statements=([0-9]+) (GET|POST) (\\S+) status=([0-9]+)");

    private StatementsPerRequest() {
    }

    static List<Step> steps(Actors actors) {
        String module = actors.moduleSlug();
        return List.of(
                new Step("browse the catalogue", "anonymous", "catalogue/index.xhtml"),
                new Step("open a module", "learner", "catalogue/module.xhtml?slug=" + module),
                new Step("read a lesson", "learner", "catalogue/lesson.xhtml?slug=" + module + "&n=1"),
                new Step("my learning", "learner", "learning/my-learning.xhtml"),
                new Step("home", "learner", "home.xhtml"),
                new Step("training matrix", "manager", "practice/matrix.xhtml"),
                new Step("readiness", "manager", "accreditation/readiness.xhtml"));
    }

    static List<Map<String, Object>> measure(SuiteSettings settings, Actors actors) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (MicroInstance academy = Instances.academy(settings, "statements", true)) {
            Map<String, WebSession> sessions = actors.sessions(academy, 1);
            for (Step step : steps(actors)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("step", step.name());
                row.put("path", step.path());
                WebSession session = sessions.get(step.who());
                HttpResponse<String> first = get(academy, session, step.path());
                if (first.statusCode() != 200) {
                    row.put("status", first.statusCode());
                    row.put("statements", null);
                    rows.add(row);
                    continue;
                }
                long before = Files.size(academy.log());
                get(academy, session, step.path());
                row.put("status", 200);
                row.put("statements", statementsLogged(academy.log(), before, step.path()).orElse(null));
                rows.add(row);
            }
        }
        return rows;
    }

    private static HttpResponse<String> get(MicroInstance academy, WebSession session, String path) throws IOException {
        return session == null ? WebSession.anonymous(academy.base()).get(path) : session.get(path);
    }

    private static Optional<Integer> statementsLogged(Path log, long from, String path) throws IOException {
        String requestPath = "/" + path;
        for (int attempt = 0; attempt < 20; attempt++) {
            byte[] bytes = Files.readAllBytes(log);
            String tail = new String(bytes, (int) Math.min(from, bytes.length), (int) (bytes.length - Math.min(from, bytes.length)));
            Matcher line = STATEMENT_LINE.matcher(tail);
            while (line.find()) {
                if (line.group(3).equals(requestPath)) {
                    return Optional.of(Integer.parseInt(line.group(1)));
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }
}
