package academy.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.SignInSession.Response;
import academy.web.TestDatabase;
import academy.web.api.RestApplication;

/**
 * The access matrix ({@code src/test/resources/access-matrix.csv}): every page and every REST
 * operation, for every kind of user, against the real WAR with the demo region seeded. Each
 * principal signs in once, through the sign-in page as a browser does; then the whole table is
 * walked and every cell that differs is reported at once. A second test fails when a page or a
 * JAX-RS operation exists that the table does not list, so nothing new escapes the matrix.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    static final String MATRIX = "/access-matrix.csv";

    /** The principals, in the table's column order, with the demo account each signs in as. */
    static final Map<String, String> PRINCIPALS = principals();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    private static Map<String, String> principals() {
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put("anonymous", "");
        accounts.put("learner", DemoAccounts.LEARNER_A);
        accounts.put("ppg", DemoAccounts.PPG_A);
        accounts.put("managerA", DemoAccounts.MANAGER_A);
        accounts.put("managerB", DemoAccounts.MANAGER_B);
        accounts.put("assessor", DemoAccounts.ASSESSOR);
        accounts.put("admin", DemoAccounts.ADMIN);
        return accounts;
    }

    record Row(int line, String kind, String method, String template, String request, Map<String, String> expected) {
    }

    @Test
    void visitorsWhoAreNotSignedInGetExactlyWhatTheMatrixSays() throws SQLException {
        walk(List.of("anonymous"));
    }

    @Test
    void signedInPeopleGetExactlyWhatTheMatrixSays() throws SQLException {
        walk(PRINCIPALS.keySet().stream().filter(p -> !p.equals("anonymous")).toList());
    }

    private void walk(List<String> principals) throws SQLException {
        List<Row> rows = readMatrix();
        Http http = new Http(base);
        Map<String, String> practiceIds = Map.of("{A}", practiceId(DemoAccounts.PRACTICE_A), "{B}", practiceId(DemoAccounts.PRACTICE_B),
                "{L}", firstCompletionOf(DemoAccounts.LEARNER_A));

        // Each principal signs in once; a sign-in that does not take fails the test.
        Map<String, SignInSession> sessions = new LinkedHashMap<>();
        for (String principal : principals) {
            String email = PRINCIPALS.get(principal);
            sessions.put(principal, email.isEmpty() ? new SignInSession(http.application())
                    : SignInSession.signIn(http.application(), email, DemoAccounts.PASSWORD));
        }

        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Row row : rows) {
            if (row.kind().equals("page") && !Files.exists(webapp().resolve(row.template().substring(1)))) {
                mismatches.add("line " + row.line() + ": the page " + row.template() + " does not exist; remove its row");
                continue;
            }
            String request = row.request();
            for (Map.Entry<String, String> id : practiceIds.entrySet()) {
                request = request.replace(id.getKey(), id.getValue());
            }
            for (Map.Entry<String, SignInSession> session : sessions.entrySet()) {
                String expected = row.expected().get(session.getKey());
                Response answer = row.method().equals("POST")
                        ? session.getValue().postJson(request.substring(1), "{}", Map.of())
                        : row.method().equals("DELETE")
                        ? session.getValue().delete(request.substring(1))
                        : row.kind().equals("api")
                        ? session.getValue().get(request.substring(1), "application/json")
                        : session.getValue().get(request.substring(1));
                String actual = outcome(row, answer);
                checked++;
                if (!actual.equals(expected)) {
                    mismatches.add("line " + row.line() + " " + row.method() + " " + row.request() + " as " + session.getKey()
                            + ": expected " + expected + " but was " + actual + " (" + answer + ")");
                }
            }
        }
        System.out.println("Access matrix for " + principals + ": " + checked + " cells checked, " + mismatches.size()
                + " mismatches");
        assertThat(mismatches).as("cells of the access matrix that differ (%d checked)", checked).isEmpty();
    }

    @Test
    void theApiRefusesAnonymousCallersWithA401ProblemAndDescribesItsProtectedOperations() {
        Http http = new Http(base);
        Http.Answer me = http.get("api/v1/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.mediaType()).isEqualTo("application/problem+json");
        assertThat(me.object().getString("type")).isEqualTo("urn:academy:problem:sign-in-required");
        assertThat(me.object().getString("detail")).contains("sign in");

        var paths = http.getFromServer("openapi", "application/json").object().getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/v1/me", "/api/v1/practices/{id}", "/api/v1/practices/{id}/members",
                "/api/v1/admin/practices", "/api/v1/admin/audit");
        assertThat(paths.getJsonObject("/api/v1/practices/{id}/members").getJsonObject("get")
                .getJsonObject("responses").keySet()).contains("200", "401", "403", "404");
    }

    /** What one answer means in the matrix's words; anything else is described as it is. */
    static String outcome(Row row, Response answer) {
        boolean api = row.kind().equals("api");
        boolean problem = answer.contentType().startsWith("application/problem+json");
        if (answer.redirectsToSignIn()) {
            return "signin";
        }
        if (answer.status() == 302 && answer.toString().contains("/home.xhtml")) {
            return "home";
        }
        return switch (answer.status()) {
            case 200 -> "ok";
            case 400 -> api && !problem ? "400 without problem+json" : "invalid";
            case 410 -> "gone";
            case 401 -> api && !problem ? "401 without problem+json" : "unauthorized";
            case 403 -> api && !problem ? "403 without problem+json" : "forbidden";
            case 404 -> api && !problem ? "404 without problem+json" : "notfound";
            default -> "status " + answer.status();
        };
    }

    @Test
    void theMatrixListsEveryPageAndEveryRestOperation() throws IOException, ClassNotFoundException {
        Set<String> listed = readMatrix().stream().map(r -> r.kind() + " " + r.method() + " " + r.template())
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> missing = new TreeSet<>();
        for (String page : pages()) {
            if (!listed.contains("page GET " + page)) {
                missing.add("page GET " + page);
            }
        }
        for (String operation : operations()) {
            if (!listed.contains("api " + operation)) {
                missing.add("api " + operation);
            }
        }
        assertThat(missing).as("pages and REST operations missing from %s", MATRIX).isEmpty();
    }

    /** Every page a visitor can ask for: .xhtml files outside WEB-INF, resources, templates and fragments. */
    static Set<String> pages() throws IOException {
        Path root = webapp();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/")
                            && !p.contains("/templates/") && !p.contains("/fragments/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every JAX-RS operation in the compiled classes, as "METHOD /api/v1/path/{template}". */
    static Set<String> operations() throws IOException, ClassNotFoundException {
        String root = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value().replaceAll("^/|/$", "");
        Path classes = Path.of("target", "classes");
        Set<String> operations = new TreeSet<>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(classes.resolve("academy"))) {
            classFiles = files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList();
        }
        for (Path file : classFiles) {
            String name = classes.relativize(file).toString().replace('\\', '/').replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, AccessMatrixIT.class.getClassLoader());
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                operations.add(verb + " " + join(root, classPath.value(), methodPath == null ? "" : methodPath.value()));
            }
        }
        return operations;
    }

    private static String verb(Method method) {
        for (Class<? extends java.lang.annotation.Annotation> verb
                : List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        return "/" + Arrays.stream(parts).map(p -> p.replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty())
                .collect(Collectors.joining("/"));
    }

    static Path webapp() {
        return Path.of("src", "main", "webapp");
    }

    static List<Row> readMatrix() {
        List<String> lines;
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX + " on the test class path").isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
            if (header == null) {
                header = cells;
                assertThat(header.subList(4, header.size())).as("principal columns").containsExactlyElementsOf(PRINCIPALS.keySet());
                continue;
            }
            assertThat(cells).as("line %d has a cell for every column", i + 1).hasSize(header.size());
            assertThat(cells.get(1)).as("method on line %d (GET rows are fetched, POST rows sent an empty JSON object,"
                    + " DELETE rows sent for a record that does not exist)", i + 1).isIn("GET", "POST", "DELETE");
            Map<String, String> expected = new LinkedHashMap<>();
            for (int c = 4; c < header.size(); c++) {
                assertThat(cells.get(c)).as("outcome on line %d", i + 1)
                        .isIn("ok", "signin", "home", "gone", "unauthorized", "forbidden", "notfound", "invalid");
                expected.put(header.get(c), cells.get(c));
            }
            rows.add(new Row(i + 1, cells.get(0), cells.get(1), cells.get(2), cells.get(3), expected));
        }
        return rows;
    }

    private static String practiceId(String odsCode) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT id FROM practice WHERE ods_code = ?")) {
            query.setString(1, odsCode);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).as("demo practice %s is seeded (ACADEMY_DEMO=true)", odsCode).isTrue();
                return String.valueOf(result.getLong(1));
            }
        }
    }

    /** The id of the demo person's first completion (the demo seeds a learning history). */
    private static String firstCompletionOf(String email) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT MIN(c.id) FROM learning_completion c"
                     + " JOIN person p ON p.id = c.person_id WHERE p.email_lower = ?")) {
            query.setString(1, email);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next() && result.getLong(1) > 0).as("%s has a demo completion", email).isTrue();
                return String.valueOf(result.getLong(1));
            }
        }
    }
}
