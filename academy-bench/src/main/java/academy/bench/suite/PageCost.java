package academy.bench.suite;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 1. Page cost: requests per second of a module page and the training matrix against the minimal
 * servlet in the same instance, measured with wrk; then, on the same instance, 3. completion writes.
 */
final class PageCost {

    /** What one run of the measurement gives: the page rows, and the completion-write row. */
    record Result(Map<String, Object> pages, Map<String, Object> completionWrites) {
    }

    private PageCost() {
    }

    static Result measure(SuiteSettings settings, Actors actors, List<String> notes) throws IOException {
        Map<String, Object> pages = new LinkedHashMap<>();
        try (MicroInstance instance = Instances.academyWithBaseline(settings, notes)) {
            Map<String, WebSession> sessions = actors.sessions(instance, settings.connections());
            List<String> learnerCookies = new ArrayList<>();
            sessions.forEach((who, session) -> {
                if (who.startsWith("learner")) {
                    learnerCookies.add(session.cookieHeader());
                }
            });
            Wrk.Result baseline = Wrk.measure(settings, instance.base().resolve("baseline/hello").toString(), List.of());
            pages.put("baseline", row(baseline));
            String modulePath = "catalogue/module.xhtml?slug=" + actors.moduleSlug();
            requireSignedInPage(sessions.get("learner"), modulePath);
            Wrk.Result module = Wrk.measure(settings, instance.base().resolve(modulePath).toString(), learnerCookies);
            Map<String, Object> moduleRow = row(module);
            double moduleRatio = Figures.ratio(module.requestsPerSecond(), baseline.requestsPerSecond());
            moduleRow.put("ratioToBaseline", moduleRatio);
            moduleRow.put("target", "≥ 0.20 of the minimal servlet");
            moduleRow.put("verdict", Targets.atLeast(moduleRatio, 0.20).word());
            pages.put("modulePage", moduleRow);
            String matrixPath = "practice/matrix.xhtml";
            if (sessions.get("manager").get(matrixPath).statusCode() == 200) {
                requireSignedInPage(sessions.get("manager"), matrixPath);
                Wrk.Result matrix = Wrk.measure(settings, instance.base().resolve(matrixPath).toString(),
                        List.of(sessions.get("manager").cookieHeader()));
                Map<String, Object> matrixRow = row(matrix);
                matrixRow.put("ratioToBaseline", Figures.ratio(matrix.requestsPerSecond(), baseline.requestsPerSecond()));
                pages.put("trainingMatrix", matrixRow);
            } else {
                notes.add("The training matrix page (" + matrixPath + ") is not in this build: not measured.");
            }
            return new Result(pages, completionWrites(settings, actors, sessions));
        }
    }

    /** 3. Completion writes over HTTP by up to eight learners at once, against pgbench on the same tables. */
    private static Map<String, Object> completionWrites(SuiteSettings settings, Actors actors,
            Map<String, WebSession> sessions) throws IOException {
        int clients = Math.min(8, actors.learners().size());
        List<CompletionWrites.Writer> writers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Actors.Learner learner = actors.learners().get(i);
            WebSession session = i == 0 ? sessions.get("learner") : sessions.get("learner" + i);
            writers.add(new CompletionWrites.Writer(learner.personId(), learner.practiceId(), session));
        }
        try {
            CompletionWrites.Result result = CompletionWrites.measure(settings, writers, actors.moduleSlug());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("clients", result.clients());
            row.put("httpPerSecond", result.httpPerSecond());
            row.put("httpWrites", result.httpWrites());
            row.put("httpFailures", result.httpFailures());
            row.put("pgbenchPerSecond", result.pgbenchPerSecond());
            row.put("ratio", result.ratio());
            row.put("target", "≥ 0.5 of pgbench");
            row.put("verdict", Targets.atLeast(result.ratio(), 0.5).word());
            return row;
        } catch (SQLException failed) {
            throw new IOException("the completion-write benchmark could not prepare its data", failed);
        }
    }

    private static void requireSignedInPage(WebSession session, String path) throws IOException {
        HttpResponse<String> page = session.get(path);
        if (page.statusCode() != 200 || page.body().contains("type=\"password\"")) {
            throw new IOException("GET /" + path + " did not show the signed-in page (status " + page.statusCode()
                    + "); measuring it would measure the sign-in page instead");
        }
    }

    private static Map<String, Object> row(Wrk.Result result) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("url", result.url());
        row.put("requestsPerSecond", result.requestsPerSecond());
        row.put("p50Millis", result.p50Millis());
        row.put("p99Millis", result.p99Millis());
        row.put("requests", result.requests());
        row.put("errors", result.errors());
        return row;
    }
}
