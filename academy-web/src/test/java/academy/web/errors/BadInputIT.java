package academy.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.SignInSession.Response;

/**
 * Bad input never makes the academy fail (5xx): a table of hostile values fed to every parameter
 * of every REST operation (read from the OpenAPI document, so a new operation is covered without
 * touching this class) and of every page and search form (the pages of the access matrix, and the
 * parameters their GET forms and links use), as a visitor, a learner and an administrator; JSON
 * bodies nested thousands deep or holding impossible dates; and forms posted with a forged view state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    /** Already encoded for a URL: a NUL byte, NUL inside text, an overlong NUL, an impossible date, huge numbers, long text. */
    static final List<String> BAD_VALUES = List.of("%00", "x%00y", "%C0%80", "-999999999-01-01T00%3A00%3A00Z",
            "99999999999999999999", "%EF%BF%BF", "x".repeat(3000));

    static final List<String> BAD_BODIES = List.of("[".repeat(20_000) + "]".repeat(20_000),
            // 20,000 deep (120 KB): before JsonDepthLimit read away refused bodies, a client that
            // wrote all of this before reading went unanswered.
            "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000),
            "{\"module\":\"online-access-registration\",\"version\":1,\"score\":90,\"completedAt\":\"-999999999-01-01T00:00:00Z\"}",
            "{\"module\":\"online-access-registration\",\"version\":1,\"score\":90,\"completedAt\":\"+999999999-12-31T23:59:59Z\"}",
            "{\"module\":\"x\\u0000y\",\"version\":1,\"score\":90,\"completedAt\":\"2026-01-01T00:00:00Z\"}",
            "{\"module\":\"online-access-registration\",\"version\":1,\"score\":90,\"completedAt\":\"0001-01-01T00:00:00Z\"}");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

    @ArquillianResource
    URL deployed;

    private Http http;
    private URI application;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @BeforeEach
    void locate() {
        http = new Http(deployed);
        application = http.application();
    }

    private Map<String, SignInSession> sessions() {
        Map<String, SignInSession> sessions = new LinkedHashMap<>();
        sessions.put("visitor", new SignInSession(application));
        sessions.put("learner", SignInSession.signIn(application, DemoAccounts.LEARNER_A, DemoAccounts.PASSWORD));
        sessions.put("admin", SignInSession.signIn(application, DemoAccounts.ADMIN, DemoAccounts.PASSWORD));
        return sessions;
    }

    @Test
    void everyParameterOfEveryRestOperationRefusesBadValuesWithoutFailing() {
        JsonObject paths = http.getFromServer("openapi", "application/json").object().getJsonObject("paths");
        assertThat(paths).as("the OpenAPI document lists the operations").isNotEmpty();
        Map<String, SignInSession> sessions = sessions();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!method.equals("GET") && !method.equals("POST")) {
                    continue;
                }
                List<String[]> parameters = parameters(operation.getValue().asJsonObject());
                for (String[] parameter : parameters) {
                    for (String bad : BAD_VALUES) {
                        String request = request(path.getKey(), parameters, parameter, bad);
                        Map<String, String> headers = parameter[1].equals("header") && !bad.contains("%")
                                ? Map.of(parameter[0], bad) : Map.of("Idempotency-Key", "bad-input-" + sent);
                        for (Map.Entry<String, SignInSession> session : sessions.entrySet()) {
                            Response answer = method.equals("GET")
                                    ? session.getValue().get(request, "application/json")
                                    : session.getValue().postJson(request, "{}", headers);
                            sent++;
                            check(failures, method + " " + request + " (" + parameter[0] + ") as " + session.getKey(), answer);
                        }
                    }
                }
                // Bodies go to the operations that read one; the others get "{}" above.
                if (method.equals("POST") && operation.getValue().asJsonObject().containsKey("requestBody")) {
                    for (String body : BAD_BODIES) {
                        String request = request(path.getKey(), parameters, new String[] {"", ""}, "");
                        for (Map.Entry<String, SignInSession> session : sessions.entrySet()) {
                            Response answer = session.getValue().postJson(request, body,
                                    Map.of("Idempotency-Key", "bad-body-" + sent));
                            sent++;
                            check(failures, "POST " + request + " with " + abbreviated(body) + " as " + session.getKey(), answer);
                        }
                    }
                }
            }
        }
        System.out.println("Bad input to the API: " + sent + " requests, " + failures.size() + " failures");
        assertThat(failures).as("requests answered with a server error (%d sent)", sent).isEmpty();
    }

    @Test
    void everyPageAndSearchFormRefusesBadValuesWithoutFailing() {
        Map<String, SignInSession> sessions = sessions();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String page : matrixPages()) {
            String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
            Set<String> names = new LinkedHashSet<>(queryNames(page));
            for (SignInSession session : sessions.values()) {
                Response shown = session.get(page.substring(1).replace("{A}", "1").replace("{B}", "2"));
                if (shown.status() == 200) {
                    names.addAll(searchParameters(shown.html(), path));
                }
            }
            for (String name : names) {
                for (String bad : BAD_VALUES) {
                    String request = path.substring(1) + "?" + name + "=" + bad;
                    for (Map.Entry<String, SignInSession> session : sessions.entrySet()) {
                        sent++;
                        check(failures, "GET " + request + " as " + session.getKey(), session.getValue().get(request));
                    }
                }
            }
            for (String viewState : List.of("stateless", "\u0000", "1:2")) {
                for (Map.Entry<String, SignInSession> session : sessions.entrySet()) {
                    sent++;
                    check(failures, "POST " + path + " with view state " + abbreviated(viewState) + " as " + session.getKey(),
                            session.getValue().post(path.substring(1), Map.of("jakarta.faces.ViewState", viewState, "q", "x\u0000")));
                }
            }
        }
        System.out.println("Bad input to the pages: " + sent + " requests, " + failures.size() + " failures");
        assertThat(failures).as("requests answered with a server error (%d sent)", sent).isEmpty();
    }

    @Test
    void aNulByteInAParameterGetsAProblemFromTheApiAndAMessageFromAPage() {
        SignInSession visitor = new SignInSession(application);
        Response api = visitor.get("api/v1/modules?q=x%00y", "application/json");
        assertThat(api.status()).as(api.body()).isEqualTo(400);
        assertThat(api.contentType()).startsWith("application/problem+json");
        Response page = visitor.get("catalogue/index.xhtml?q=x%00y");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().text()).contains("could not be read");
        Response deep = visitor.postJson("api/v1/me/completions", "[".repeat(20_000), Map.of("Idempotency-Key", "deep"));
        assertThat(deep.status()).as(deep.body()).isIn(400, 401);
        assertThat(deep.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBodyAnsweredBeforeItIsReadIsReadAwaySoTheClientHearsTheAnswer() {
        // Java's HttpClient sends the whole body before it reads, and after the first request the
        // connection is HTTP/2, whose flow control lets it send only 64 KiB until the server reads.
        SignInSession visitor = new SignInSession(application);
        assertThat(visitor.get("api/v1/me", "application/json").status()).isEqualTo(401);
        String large = "{\"module\":\"online-access-registration\",\"note\":\"" + "x".repeat(200_000) + "\"}";
        Response refused = visitor.postJson("api/v1/me/completions", large, Map.of("Idempotency-Key", "large"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    private static void check(List<String> failures, String what, Response answer) {
        if (answer.status() >= 500) {
            failures.add(what + ": " + answer.status() + " " + abbreviated(answer.body()));
        } else if (what.contains("/api/") && answer.status() == 400 && !answer.contentType().startsWith("application/problem+json")) {
            failures.add(what + ": 400 without a problem (" + answer.contentType() + ")");
        }
    }

    /** Name and place ("path", "query", "header") of each parameter of an operation. */
    private static List<String[]> parameters(JsonObject operation) {
        List<String[]> parameters = new ArrayList<>();
        if (operation.containsKey("parameters")) {
            for (JsonValue parameter : operation.getJsonArray("parameters")) {
                JsonObject p = parameter.asJsonObject();
                parameters.add(new String[] {p.getString("name"), p.getString("in")});
            }
        }
        return parameters;
    }

    /** The operation's address with {@code bad} in {@code target} and a harmless value in every other parameter. */
    private static String request(String template, List<String[]> parameters, String[] target, String bad) {
        StringBuilder query = new StringBuilder();
        String path = template;
        for (String[] parameter : parameters) {
            String value = parameter == target ? bad : "1";
            if (parameter[1].equals("path")) {
                path = path.replace("{" + parameter[0] + "}", value);
            } else if (parameter[1].equals("query") && parameter == target) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter[0]).append('=').append(value);
            }
        }
        path = PLACEHOLDER.matcher(path).replaceAll("1");
        return path.substring(1) + query;
    }

    /** The pages of the access matrix, as the matrix asks for them. */
    private static List<String> matrixPages() {
        try (InputStream in = BadInputIT.class.getResourceAsStream("/access-matrix.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("page,GET,"))
                    .map(l -> l.split(",")[3]).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> queryNames(String address) {
        List<String> names = new ArrayList<>();
        if (address.contains("?")) {
            for (String pair : address.substring(address.indexOf('?') + 1).split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return names;
    }

    /** The fields of the page's GET forms, and the parameters its links back to itself carry. */
    private static Set<String> searchParameters(Document page, String path) {
        Set<String> names = new LinkedHashSet<>();
        for (Element form : page.select("form[method=get]")) {
            form.select("input[name], select[name], textarea[name]").forEach(field -> names.add(field.attr("name")));
        }
        for (Element link : page.select("a[href*=" + path.substring(path.lastIndexOf('/') + 1) + "?]")) {
            Matcher found = Pattern.compile("[?&]([A-Za-z][A-Za-z0-9_-]*)=").matcher(link.attr("href").replace("&amp;", "&"));
            while (found.find()) {
                names.add(found.group(1));
            }
        }
        return names;
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
