package academy.web.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.catalogue.Audience;
import academy.catalogue.content.ContentReader;
import academy.catalogue.content.ContentTree;
import academy.catalogue.content.ModuleSource;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.Http.Answer;
import academy.web.TestDatabase;

/**
 * The catalogue's REST API, health and API description against the real WAR on Payara Micro and
 * PostgreSQL, with the repository's content tree loaded. Expected values are worked out from the
 * same content tree with the content reader, so the tests follow the content as it changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueApiIT {

    private static ContentTree content;

    @ArquillianResource
    URL base;

    private Http http;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @BeforeAll
    static void readContent() {
        content = new ContentReader().read(contentRoot());
    }

    @BeforeEach
    void connect() {
        http = new Http(base);
    }

    // --- platform: health, API description ---------------------------------------------------

    @Test
    void readinessIsUpWithDatabaseMigrationsAndContent() {
        Answer ready = http.getFromServer("health/ready", "application/json");

        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        JsonObject check = ready.object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("academy")).findFirst().orElseThrow();
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("database")).isEqualTo("reachable");
        assertThat(check.getJsonObject("data").getString("migrations")).isEqualTo("applied");
        assertThat(check.getJsonObject("data").getString("content")).isEqualTo("loaded");
        assertThat(ready.object().getString("status")).isEqualTo("UP");
    }

    @Test
    void livenessIsUp() {
        Answer live = http.getFromServer("health/live", "application/json");

        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        assertThat(live.object().getString("status")).isEqualTo("UP");
    }

    @Test
    void apiDescriptionListsEveryCatalogueOperation() {
        Answer openApi = http.getFromServer("openapi", "application/json");

        assertThat(openApi.status()).as(openApi.toString()).isEqualTo(200);
        JsonObject paths = openApi.object().getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/v1/modules", "/api/v1/modules/{slug}",
                "/api/v1/modules/{slug}/lessons/{number}", "/api/v1/showcases", "/api/v1/showcases/{slug}",
                "/api/v1/guides", "/api/v1/guides/{slug}", "/api/v1/paths");
        JsonObject find = paths.getJsonObject("/api/v1/modules").getJsonObject("get");
        assertThat(find.getString("summary")).isNotBlank();
        assertThat(find.getJsonObject("responses").getJsonObject("400").getJsonObject("content").keySet())
                .containsExactly("application/problem+json");
        JsonObject audience = find.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals("audience")).findFirst().orElseThrow();
        assertThat(strings(audience.getJsonObject("schema").getJsonArray("enum")))
                .containsExactly("staff", "ppg", "both");
    }

    // --- modules -------------------------------------------------------------------------------

    @Test
    void listsEveryCurrentModuleByTitleOnePageAtATime() {
        int size = 5;
        List<String> slugs = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int pageCount = expectedPageCount(content.modules().size(), size);
        for (int page = 0; page < pageCount; page++) {
            JsonObject list = ok(http.get("api/v1/modules?size=" + size + "&page=" + page)).object();
            assertThat(list.getInt("page")).isEqualTo(page);
            assertThat(list.getInt("size")).isEqualTo(size);
            assertThat(list.getJsonNumber("total").longValue()).isEqualTo(content.modules().size());
            assertThat(list.getInt("pageCount")).isEqualTo(pageCount);
            List<JsonObject> items = list.getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(items).hasSize(page < pageCount - 1 ? size : content.modules().size() - size * (pageCount - 1));
            items.forEach(item -> {
                slugs.add(item.getString("slug"));
                titles.add(item.getString("title"));
            });
        }
        assertThat(slugs).containsExactlyInAnyOrderElementsOf(content.modules().stream().map(ModuleSource::slug).toList());
        assertThat(titles).isSortedAccordingTo(Comparator.naturalOrder());

        JsonObject beyond = ok(http.get("api/v1/modules?size=" + size + "&page=" + pageCount)).object();
        assertThat(beyond.getJsonArray("items")).isEmpty();
        assertThat(beyond.getJsonNumber("total").longValue()).isEqualTo(content.modules().size());
    }

    @Test
    void describesEachModuleInTheListAsTheContentDoes() {
        JsonObject list = ok(http.get("api/v1/modules?size=100")).object();

        SoftAssertions softly = new SoftAssertions();
        for (JsonObject item : list.getJsonArray("items").getValuesAs(JsonObject.class)) {
            ModuleSource source = content.findModule(item.getString("slug")).orElseThrow();
            softly.assertThat(item.getString("title")).isEqualTo(source.title());
            softly.assertThat(item.getString("summary")).isEqualTo(source.summary());
            softly.assertThat(item.getString("audience")).isEqualTo(source.audience().slug());
            softly.assertThat(item.getString("area")).isEqualTo(source.area().slug());
            softly.assertThat(item.getInt("minutes")).isEqualTo(source.minutes());
            softly.assertThat(item.getInt("cpdMinutes")).isEqualTo(source.cpdMinutes());
            softly.assertThat(item.getInt("lessonCount")).isEqualTo(source.lessons().size());
            softly.assertThat(item.getInt("questionCount")).isEqualTo(source.quiz().questions().size());
            softly.assertThat(item.getInt("version")).isPositive();
            softly.assertThat(strings(item.getJsonArray("tags"))).isEqualTo(source.tags());
            if (source.refreshMonths().isPresent()) {
                softly.assertThat(item.getInt("refreshMonths")).isEqualTo(source.refreshMonths().get());
            } else {
                softly.assertThat(item.containsKey("refreshMonths") && item.get("refreshMonths") != JsonValue.NULL)
                        .as("refreshMonths of %s", source.slug()).isFalse();
            }
            softly.assertThat(item.getJsonObject("links").getString("self")).isEqualTo("/api/v1/modules/" + source.slug());
            softly.assertThat(item.getJsonObject("links").getString("html"))
                    .isEqualTo("/catalogue/module.xhtml?slug=" + source.slug());
        }
        softly.assertAll();
    }

    @Test
    void anAudienceFilterAlsoFindsModulesWrittenForBoth() {
        for (Audience audience : Audience.values()) {
            Set<String> expected = slugsOf(m -> m.audience() == audience
                    || audience != Audience.BOTH && m.audience() == Audience.BOTH);

            JsonObject list = ok(http.get("api/v1/modules?size=100&audience=" + audience.slug())).object();

            assertThat(itemSlugs(list)).as("audience=%s", audience.slug()).isEqualTo(expected);
            assertThat(list.getJsonNumber("total").longValue()).isEqualTo(expected.size());
        }
        assertThat(slugsOf(m -> m.audience() == Audience.BOTH)).as("the content has modules for both").isNotEmpty();
    }

    @Test
    void anAreaFilterFindsOnlyThatArea() {
        for (academy.catalogue.Area area : academy.catalogue.Area.values()) {
            JsonObject list = ok(http.get("api/v1/modules?size=100&area=" + area.slug())).object();

            assertThat(itemSlugs(list)).as("area=%s", area.slug()).isEqualTo(slugsOf(m -> m.area() == area));
        }
        JsonObject both = ok(http.get("api/v1/modules?size=100&audience=ppg&area=patient-upskilling")).object();
        assertThat(itemSlugs(both)).isEqualTo(slugsOf(m -> m.area() == academy.catalogue.Area.PATIENT_UPSKILLING
                && (m.audience() == Audience.PPG || m.audience() == Audience.BOTH)));
    }

    @Test
    void freeTextFindsWordsInTitleOrSummaryWhateverTheirCase() {
        ModuleSource first = content.modules().get(0);
        String fromTitle = longestWord(first.title());
        String fromSummaryOnly = content.modules().stream()
                .flatMap(m -> words(m.summary()).stream().filter(w -> !m.title().toLowerCase(Locale.ROOT).contains(w)))
                .filter(w -> w.length() >= 6).findFirst().orElseThrow();

        for (String query : List.of(fromTitle.toUpperCase(Locale.ROOT), fromSummaryOnly.toUpperCase(Locale.ROOT),
                "  " + fromTitle + "  ")) {
            String needle = query.strip().toLowerCase(Locale.ROOT);
            Set<String> expected = slugsOf(m -> m.title().toLowerCase(Locale.ROOT).contains(needle)
                    || m.summary().toLowerCase(Locale.ROOT).contains(needle));

            JsonObject list = ok(http.get("api/v1/modules?size=100&q=" + Http.encode(query))).object();

            assertThat(itemSlugs(list)).as("q=%s", query).isEqualTo(expected).isNotEmpty();
        }
        JsonObject nothing = ok(http.get("api/v1/modules?q=" + Http.encode("no module says xylophone%_"))).object();
        assertThat(nothing.getJsonArray("items")).isEmpty();
        assertThat(nothing.getJsonNumber("total").longValue()).isZero();
        assertThat(nothing.getInt("pageCount")).isZero();
    }

    @Test
    void readsAModuleWithItsLessonsInOrderAndNoQuizAnswers() {
        ModuleSource source = content.modules().stream().filter(m -> m.lessons().size() >= 2).findFirst().orElseThrow();

        Answer answer = ok(http.get("api/v1/modules/" + source.slug()));
        JsonObject module = answer.object();

        assertThat(module.getString("slug")).isEqualTo(source.slug());
        assertThat(module.getString("title")).isEqualTo(source.title());
        List<JsonObject> lessons = module.getJsonArray("lessons").getValuesAs(JsonObject.class);
        assertThat(lessons).extracting(l -> l.getInt("number"))
                .containsExactlyElementsOf(source.lessons().stream().map(l -> l.number()).toList());
        assertThat(lessons).extracting(l -> l.getString("title"))
                .containsExactlyElementsOf(source.lessons().stream().map(l -> l.title()).toList());
        assertThat(lessons).allSatisfy(l -> assertThat(l.getString("html")).isNotBlank());
        JsonObject quiz = module.getJsonObject("quiz");
        assertThat(quiz.keySet()).containsExactlyInAnyOrder("questionCount", "passMark");
        assertThat(quiz.getInt("questionCount")).isEqualTo(source.quiz().questions().size());
        assertThat(quiz.getInt("passMark")).isEqualTo(source.quiz().passMark());
        for (var question : source.quiz().questions()) {
            assertThat(answer.body()).doesNotContain(question.explanation());
        }
        assertThat(answer.body()).doesNotContain("\"correct\"", "\"options\"", "\"questions\"");
        assertThat(module.getJsonObject("links").getString("self")).isEqualTo("/api/v1/modules/" + source.slug());
    }

    @Test
    void readsOneLesson() {
        ModuleSource source = content.modules().stream().filter(m -> m.lessons().size() >= 2).findFirst().orElseThrow();

        JsonObject lesson = ok(http.get("api/v1/modules/" + source.slug() + "/lessons/2")).object();

        assertThat(lesson.getString("module")).isEqualTo(source.slug());
        assertThat(lesson.getInt("number")).isEqualTo(2);
        assertThat(lesson.getString("title")).isEqualTo(source.lessons().get(1).title());
        assertThat(lesson.getString("html")).isNotBlank();
        assertThat(lesson.getJsonObject("links").getString("self"))
                .isEqualTo("/api/v1/modules/" + source.slug() + "/lessons/2");
        assertThat(lesson.getJsonObject("links").getString("html"))
                .isEqualTo("/catalogue/lesson.xhtml?slug=" + source.slug() + "&n=2");
    }

    // --- showcases, guides, paths ----------------------------------------------------------------

    @Test
    void listsShowcasesAllOrByAreaAndReadsOne() {
        List<JsonObject> all = ok(http.get("api/v1/showcases")).array().getValuesAs(JsonObject.class);
        assertThat(all).extracting(s -> s.getString("slug"))
                .containsExactlyInAnyOrderElementsOf(content.showcases().stream().map(s -> s.slug()).toList());
        assertThat(all).extracting(s -> s.getString("title")).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(all).allSatisfy(s -> assertThat(s.containsKey("html")).isFalse());

        for (academy.catalogue.Area area : academy.catalogue.Area.values()) {
            List<JsonObject> inArea = ok(http.get("api/v1/showcases?area=" + area.slug())).array()
                    .getValuesAs(JsonObject.class);
            assertThat(inArea).extracting(s -> s.getString("slug")).as("area=%s", area.slug())
                    .containsExactlyInAnyOrderElementsOf(content.showcases().stream()
                            .filter(s -> s.area() == area).map(s -> s.slug()).toList());
        }

        var source = content.showcases().get(0);
        JsonObject showcase = ok(http.get("api/v1/showcases/" + source.slug())).object();
        assertThat(showcase.getString("title")).isEqualTo(source.title());
        assertThat(showcase.getString("practice")).isEqualTo(source.practice());
        assertThat(strings(showcase.getJsonArray("modules"))).isEqualTo(source.moduleSlugs());
        assertThat(showcase.getString("html")).isNotBlank();
        assertThat(showcase.getJsonObject("links").getString("html"))
                .isEqualTo("/showcases/showcase.xhtml?slug=" + source.slug());
    }

    @Test
    void listsGuidesAndReadsOne() {
        List<JsonObject> all = ok(http.get("api/v1/guides")).array().getValuesAs(JsonObject.class);
        assertThat(all).extracting(g -> g.getString("slug"))
                .containsExactlyInAnyOrderElementsOf(content.guides().stream().map(g -> g.slug()).toList());

        var source = content.guides().get(0);
        JsonObject guide = ok(http.get("api/v1/guides/" + source.slug())).object();
        assertThat(guide.getString("title")).isEqualTo(source.title());
        assertThat(guide.getInt("minutes")).isEqualTo(source.minutes());
        assertThat(guide.getString("html")).isNotBlank();
        assertThat(guide.getJsonObject("links").getString("self")).isEqualTo("/api/v1/guides/" + source.slug());
    }

    @Test
    void listsLearningPathsWithRolesAndModules() {
        List<JsonObject> paths = ok(http.get("api/v1/paths")).array().getValuesAs(JsonObject.class);

        assertThat(paths).extracting(p -> p.getString("slug"))
                .containsExactlyInAnyOrderElementsOf(content.paths().stream().map(p -> p.slug()).toList());
        for (JsonObject path : paths) {
            var source = content.paths().stream().filter(p -> p.slug().equals(path.getString("slug"))).findFirst()
                    .orElseThrow();
            assertThat(path.getString("title")).isEqualTo(source.title());
            assertThat(strings(path.getJsonArray("roles"))).containsExactlyInAnyOrderElementsOf(
                    source.roles().stream().map(r -> r.slug()).toList());
            assertThat(strings(path.getJsonArray("modules"))).isEqualTo(source.moduleSlugs());
        }
    }

    // --- problems ------------------------------------------------------------------------------------

    @Test
    void everyBadParameterIsA400ProblemNamingIt() {
        record Case(String query, String parameter, List<String> allowedValues) {
        }
        List<Case> cases = List.of(
                new Case("audience=nurses", "audience", List.of("staff", "ppg", "both")),
                new Case("audience=STAFF", "audience", List.of("staff", "ppg", "both")),
                new Case("area=space", "area", List.of("infrastructure", "staff-culture", "patient-upskilling")),
                new Case("page=-1", "page", List.of()),
                new Case("page=abc", "page", List.of()),
                new Case("page=1.5", "page", List.of()),
                new Case("page=99999999999", "page", List.of()),
                new Case("size=0", "size", List.of()),
                new Case("size=1000", "size", List.of()),
                new Case("size=abc", "size", List.of()),
                new Case("q=" + "a".repeat(ModuleResource.MAX_QUERY_LENGTH + 1), "q", List.of()));

        SoftAssertions softly = new SoftAssertions();
        for (Case bad : cases) {
            Answer answer = http.get("api/v1/modules?" + bad.query());
            JsonObject problem = assertProblem(softly, answer, 400, "/api/v1/modules");
            if (problem == null) {
                continue;
            }
            softly.assertThat(problem.getString("type", "")).as(bad.query()).isEqualTo("urn:academy:problem:invalid-parameter");
            softly.assertThat(problem.getString("parameter", "")).as(bad.query()).isEqualTo(bad.parameter());
            softly.assertThat(problem.getString("allowed", "")).as(bad.query()).isNotBlank();
            softly.assertThat(problem.getString("detail", "")).as(bad.query()).contains("\"" + bad.parameter() + "\"");
            if (!bad.allowedValues().isEmpty()) {
                softly.assertThat(strings(problem.getJsonArray("allowedValues"))).as(bad.query())
                        .isEqualTo(bad.allowedValues());
            }
        }
        Answer badArea = http.get("api/v1/showcases?area=space");
        JsonObject problem = assertProblem(softly, badArea, 400, "/api/v1/showcases");
        if (problem != null) {
            softly.assertThat(problem.getString("parameter", "")).isEqualTo("area");
        }
        softly.assertAll();
    }

    @Test
    void aLessonNumberThatIsNoNumberIsA400AndAnUnknownOneA404() {
        ModuleSource source = content.modules().get(0);
        SoftAssertions softly = new SoftAssertions();
        for (String number : List.of("abc", "0", "-1", "1x")) {
            String path = "/api/v1/modules/" + source.slug() + "/lessons/" + number;
            JsonObject problem = assertProblem(softly, http.get(path.substring(1)), 400, path);
            if (problem != null) {
                softly.assertThat(problem.getString("parameter", "")).as(number).isEqualTo("number");
            }
        }
        String beyond = "/api/v1/modules/" + source.slug() + "/lessons/" + (source.lessons().size() + 1);
        JsonObject problem = assertProblem(softly, http.get(beyond.substring(1)), 404, beyond);
        if (problem != null) {
            softly.assertThat(problem.getString("type", "")).isEqualTo("urn:academy:problem:not-found");
        }
        assertProblem(softly, http.get("api/v1/modules/no-such-module/lessons/1"), 404,
                "/api/v1/modules/no-such-module/lessons/1");
        softly.assertAll();
    }

    @Test
    void unknownThingsAreA404Problem() {
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/api/v1/modules/no-such-module", "/api/v1/showcases/no-such-showcase",
                "/api/v1/guides/no-such-guide")) {
            JsonObject problem = assertProblem(softly, http.get(path.substring(1)), 404, path);
            if (problem != null) {
                softly.assertThat(problem.getString("type", "")).as(path).isEqualTo("urn:academy:problem:not-found");
                softly.assertThat(problem.getString("detail", "")).as(path).contains("no-such-");
            }
        }
        softly.assertAll();
    }

    @Test
    void addressesUnderTheApiThatNoResourceAnswersAreA404Problem() {
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/api/v1/nothing-here", "/api/v1/modules/digital-champion/quiz",
                "/api/v1", "/api/v1/")) {
            JsonObject problem = assertProblem(softly, http.get(path.substring(1)), 404, path);
            if (problem != null) {
                softly.assertThat(problem.getString("type", "")).as(path).isEqualTo("about:blank");
                softly.assertThat(problem.getString("title", "")).as(path).isEqualTo("Not Found");
            }
        }
        softly.assertAll();
    }

    @Test
    void aMethodAResourceDoesNotOfferIsA405ProblemSayingWhatIsAllowed() {
        SoftAssertions softly = new SoftAssertions();
        for (String method : List.of("POST", "DELETE", "PUT")) {
            Answer answer = http.send(method, "api/v1/modules");
            assertProblem(softly, answer, 405, "/api/v1/modules");
            softly.assertThat(answer.allow()).as(method).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        }
        softly.assertAll();
    }

    // --- the content load, seen in the database -----------------------------------------------------

    @Test
    void everyModuleOfTheContentHasExactlyOneCurrentVersionHoldingThatContent() throws SQLException {
        Map<String, List<String>> currentHashes = new HashMap<>();
        Map<String, List<String>> allHashes = new HashMap<>();
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("""
                     SELECT m.slug, v.content_hash, v.is_current, m.current_version_id = v.id AS pointed_at, m.retired
                       FROM catalogue_module m JOIN catalogue_module_version v ON v.module_id = m.id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String slug = rows.getString("slug");
                allHashes.computeIfAbsent(slug, s -> new ArrayList<>()).add(rows.getString("content_hash"));
                if (rows.getBoolean("is_current")) {
                    currentHashes.computeIfAbsent(slug, s -> new ArrayList<>()).add(rows.getString("content_hash"));
                    assertThat(rows.getBoolean("pointed_at")).as("%s points at its current version", slug).isTrue();
                    assertThat(rows.getBoolean("retired")).as("%s retired", slug).isFalse();
                }
            }
        }

        SoftAssertions softly = new SoftAssertions();
        for (ModuleSource module : content.modules()) {
            // The hash the content has now is the one a re-load compares with: equal means "unchanged",
            // so loading the same tree again adds no version.
            softly.assertThat(currentHashes.get(module.slug())).as("current versions of %s", module.slug())
                    .containsExactly(module.contentHash());
            softly.assertThat(allHashes.get(module.slug())).as("versions of %s", module.slug())
                    .doesNotHaveDuplicates();
        }
        softly.assertThat(currentHashes.keySet()).as("modules with a current version")
                .isEqualTo(content.modules().stream().map(ModuleSource::slug).collect(Collectors.toSet()));
        softly.assertAll();
    }

    @Test
    void theLoadAndTheMigrationsAreRecorded() throws SQLException {
        try (Connection db = database();
             ResultSet load = db.createStatement().executeQuery(
                     "SELECT loaded_at, modules, showcases, guides, paths FROM catalogue_content_load WHERE id = 1")) {
            assertThat(load.next()).isTrue();
            assertThat(load.getTimestamp("loaded_at")).isNotNull();
            assertThat(load.getInt("modules")).isEqualTo(content.modules().size());
            assertThat(load.getInt("showcases")).isEqualTo(content.showcases().size());
            assertThat(load.getInt("guides")).isEqualTo(content.guides().size());
            assertThat(load.getInt("paths")).isEqualTo(content.paths().size());
        }
        try (Connection db = database();
             ResultSet failed = db.createStatement().executeQuery(
                     "SELECT COUNT(*) FILTER (WHERE NOT success), COUNT(*) FROM flyway_schema_history")) {
            assertThat(failed.next()).isTrue();
            assertThat(failed.getInt(1)).as("failed migrations").isZero();
            assertThat(failed.getInt(2)).as("migrations").isPositive();
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static Answer ok(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.mediaType()).isEqualTo("application/json");
        return answer;
    }

    /** Checks the RFC 9457 shape; returns the problem, or null when it is not one (already recorded). */
    private static JsonObject assertProblem(SoftAssertions softly, Answer answer, int status, String instance) {
        softly.assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
        softly.assertThat(answer.mediaType()).as("media type of %s", answer).isEqualTo("application/problem+json");
        if (!answer.mediaType().equals("application/problem+json")) {
            return null;
        }
        JsonObject problem = answer.object();
        softly.assertThat(problem.getString("type", "")).as("type of %s", answer).isNotBlank();
        softly.assertThat(problem.getString("title", "")).as("title of %s", answer).isNotBlank();
        softly.assertThat(problem.getInt("status", -1)).as("status member of %s", answer).isEqualTo(status);
        softly.assertThat(problem.getString("detail", "")).as("detail of %s", answer).isNotBlank();
        softly.assertThat(problem.getString("instance", "")).as("instance of %s", answer).isEqualTo(instance);
        softly.assertThat(answer.body()).as("no internals in %s", answer).doesNotContain("Exception", "\tat ");
        return problem;
    }

    private static Set<String> itemSlugs(JsonObject list) {
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("slug"))
                .collect(Collectors.toSet());
    }

    private static Set<String> slugsOf(Predicate<ModuleSource> matching) {
        return content.modules().stream().filter(matching).map(ModuleSource::slug).collect(Collectors.toSet());
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static int expectedPageCount(int total, int size) {
        return (total + size - 1) / size;
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    private static String longestWord(String text) {
        return words(text).stream().max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    private static Path contentRoot() {
        String configured = System.getenv("ACADEMY_CONTENT_DIR");
        return Path.of(configured == null || configured.isBlank() ? "../content" : configured);
    }

    private static Connection database() throws SQLException {
        return TestDatabase.connect();
    }
}
