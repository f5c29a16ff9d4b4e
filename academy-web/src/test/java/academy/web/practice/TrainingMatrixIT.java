package academy.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.SignInSession.Response;

/**
 * The manager's training matrix and practice records on the real WAR and PostgreSQL: the status
 * filter (done in SQL) against the statuses the rules give, paging, downloads parsed back, the
 * ownership rule for every id, and the validation of sessions, uptake figures, evidence files and
 * face-to-face attendance. Each test makes its own people, with names no other run uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingMatrixIT {

    static final String PNG = "\u0089PNG\r\n\u001a\n";

    @ArquillianResource
    URL base;

    private SignInSession managerA;
    private long practiceA;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @BeforeEach
    void signInAsManagerOfPracticeA() throws SQLException {
        managerA = SignInSession.signIn(new Http(base).application(), DemoAccounts.MANAGER_A, DemoAccounts.PASSWORD);
        practiceA = RosterData.practiceId(DemoAccounts.PRACTICE_A);
    }

    /** Four new staff of practice A whose names share a prefix no other run uses. */
    private record Staff(String prefix, String dueSoon, String overdue, String started, String complete) {
    }

    private Staff staffWithHistory() throws SQLException {
        String prefix = RosterData.uniqueName("Mxt");
        Instant now = Instant.now();
        String dueSoon = prefix + " Dee Duesoon";
        long dee = MatrixData.personIdOf(RosterData.member(practiceA, dueSoon, RosterData.uniqueEmail("dee"), "RECEPTIONIST"));
        // Data security is refreshed every 12 months: done 12 months less 15 days ago, it expires in 15 days.
        MatrixData.complete(dee, practiceA, "data-security-and-protection",
                now.atOffset(ZoneOffset.UTC).minusMonths(12).plusDays(15).toInstant());
        String overdue = prefix + " Olly Overdue";
        long olly = MatrixData.personIdOf(RosterData.member(practiceA, overdue, RosterData.uniqueEmail("olly"), "RECEPTIONIST"));
        MatrixData.complete(olly, practiceA, "data-security-and-protection", now.atOffset(ZoneOffset.UTC).minusMonths(13).toInstant());
        String started = prefix + " Sam Started";
        long sam = MatrixData.personIdOf(RosterData.member(practiceA, started, RosterData.uniqueEmail("sam"), "GP"));
        MatrixData.enrol(sam, "video-consultations");
        String complete = prefix + " Cara Complete";
        long cara = MatrixData.personIdOf(RosterData.member(practiceA, complete, RosterData.uniqueEmail("cara"), "NURSE"));
        for (String module : List.of("data-security-and-protection", "supporting-low-digital-confidence", "video-consultations",
                "apps-and-telehealth-ltc", "tec-code-of-practice")) {
            MatrixData.complete(cara, practiceA, module, now.minus(1, ChronoUnit.DAYS));
        }
        return new Staff(prefix, dueSoon, overdue, started, complete);
    }

    private JsonObject matrix(SignInSession session, long practice, String query) {
        Response answer = session.get("api/v1/practices/" + practice + "/training-matrix?" + query, "application/json");
        assertThat(answer.status()).as("matrix %s: %s", query, answer.body()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private List<String> names(String query) {
        return matrix(managerA, practiceA, query).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getString("name")).toList();
    }

    @Test
    void theMatrixPageRunsAsManyStatementsForTwentyRowsAsForTwo() throws SQLException {
        long practiceB = RosterData.practiceId(DemoAccounts.PRACTICE_B);
        SignInSession managerB = SignInSession.signIn(new Http(base).application(), DemoAccounts.MANAGER_B, DemoAccounts.PASSWORD);
        int rowsA = managerA.get("practice/matrix.xhtml?practice=" + practiceA).html().select("#staff tbody > tr").size();
        int rowsB = managerB.get("practice/matrix.xhtml?practice=" + practiceB).html().select("#staff tbody > tr").size();
        int statementsA = previousStatements(managerA, "/practice/matrix.xhtml");
        int statementsB = previousStatements(managerB, "/practice/matrix.xhtml");

        assertThat(rowsA).as("rows on Riverside's first page").isGreaterThanOrEqualTo(20);
        assertThat(rowsB).as("rows of Hawthorn").isBetween(1, 5);
        // No statement per row: the page costs the same whatever the number of people on it.
        assertThat(statementsA).as("statements for %d rows vs %d for %d rows", rowsA, statementsB, rowsB)
                .isEqualTo(statementsB);
        assertThat(statementsA).isLessThan(40);
    }

    /** The statements the session's previous request ran, as the next response reports them. */
    private static int previousStatements(SignInSession session, String path) {
        java.net.http.HttpResponse<byte[]> next = session.download("api/v1/me");
        String line = next.headers().firstValue("Academy-Previous-Statements").orElseThrow(
                () -> new AssertionError("no statement count: is ACADEMY_COUNT_STATEMENTS on for the tests?"));
        assertThat(line).contains("GET " + path);
        return Integer.parseInt(line.substring(0, line.indexOf(' ')));
    }

    @Test
    void theStatusFilterFindsExactlyThePeopleWithAModuleInThatStatus() throws SQLException {
        Staff staff = staffWithHistory();
        String q = "q=" + Http.encode(staff.prefix()) + "&size=100";

        assertThat(names(q)).containsExactly(staff.complete(), staff.dueSoon(), staff.overdue(), staff.started());
        assertThat(names(q + "&status=overdue")).containsExactly(staff.overdue());
        assertThat(names(q + "&status=due-soon-30")).containsExactly(staff.dueSoon());
        assertThat(names(q + "&status=due-soon-60")).isEmpty();
        assertThat(names(q + "&status=due-soon")).as("either due-soon band").containsExactly(staff.dueSoon());
        assertThat(names(q + "&status=in-progress")).containsExactly(staff.started());
        assertThat(names(q + "&status=complete")).containsExactly(staff.complete());
        assertThat(names(q + "&status=not-started")).containsExactly(staff.dueSoon(), staff.overdue(), staff.started());
        assertThat(names(q + "&status=not-started&role=receptionist")).containsExactly(staff.dueSoon(), staff.overdue());
        assertThat(names(q + "&status=refresh-needed")).isEmpty();

        JsonObject dee = matrix(managerA, practiceA, q + "&status=due-soon-30").getJsonArray("items").getJsonObject(0);
        assertThat(dee.getString("jobRole")).isEqualTo("receptionist");
        JsonObject security = dee.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
                .filter(cell -> cell.getString("module").equals("data-security-and-protection")).findFirst().orElseThrow();
        assertThat(security.getString("status")).isEqualTo("due-soon-30");
        assertThat(security.getString("statusLabel")).isEqualTo("Due within 30 days");
        assertThat(security.getString("expiresAt")).isNotBlank();
    }

    @Test
    void forTheWholeDemoPracticeTheFilterInSqlAgreesWithTheStatusesTheRulesShow() {
        // Every row of the matrix with the statuses the rules work out for each cell ...
        Map<String, Set<Long>> byStatus = new HashMap<>();
        int total = matrix(managerA, practiceA, "size=1").getInt("total");
        assertThat(total).isGreaterThanOrEqualTo(55);
        for (int page = 0; page * 100 < total; page++) {
            for (JsonObject row : matrix(managerA, practiceA, "size=100&page=" + page).getJsonArray("items")
                    .getValuesAs(JsonObject.class)) {
                for (JsonObject cell : row.getJsonArray("modules").getValuesAs(JsonObject.class)) {
                    byStatus.computeIfAbsent(cell.getString("status"), s -> new HashSet<>()).add(row.getJsonNumber("membershipId").longValue());
                }
            }
        }
        // ... and the demo history has people in every status a manager acts on.
        assertThat(byStatus.keySet()).contains("complete", "overdue", "not-started", "in-progress");
        for (String status : List.of("complete", "due-soon-60", "due-soon-30", "overdue", "refresh-needed", "in-progress",
                "not-started")) {
            Set<Long> filtered = new HashSet<>();
            JsonObject first = matrix(managerA, practiceA, "status=" + status + "&size=100");
            int matching = first.getInt("total");
            for (int page = 0; page * 100 < matching; page++) {
                matrix(managerA, practiceA, "status=" + status + "&size=100&page=" + page).getJsonArray("items")
                        .getValuesAs(JsonObject.class).forEach(row -> filtered.add(row.getJsonNumber("membershipId").longValue()));
            }
            assertThat(filtered).as("people with a module %s", status).isEqualTo(byStatus.getOrDefault(status, Set.of()));
            assertThat(matching).isEqualTo(filtered.size());
        }
    }

    @Test
    void pagesSplitTheFilteredRowsInNameOrderAndCanBeSortedByRole() throws SQLException {
        Staff staff = staffWithHistory();
        String q = "q=" + Http.encode(staff.prefix());

        JsonObject first = matrix(managerA, practiceA, q + "&size=3&page=0");
        JsonObject second = matrix(managerA, practiceA, q + "&size=3&page=1");
        assertThat(first.getInt("total")).isEqualTo(4);
        assertThat(first.getInt("pageCount")).isEqualTo(2);
        List<String> all = new ArrayList<>();
        first.getJsonArray("items").getValuesAs(JsonObject.class).forEach(r -> all.add(r.getString("name")));
        second.getJsonArray("items").getValuesAs(JsonObject.class).forEach(r -> all.add(r.getString("name")));
        assertThat(all).containsExactly(staff.complete(), staff.dueSoon(), staff.overdue(), staff.started());
        // By job role (GP, NURSE, RECEPTIONIST as stored), then by name.
        assertThat(names(q + "&sort=role")).containsExactly(staff.started(), staff.complete(), staff.dueSoon(), staff.overdue());

        Response badStatus = managerA.get("api/v1/practices/" + practiceA + "/training-matrix?status=late", "application/json");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body()).contains("status").contains("overdue");
    }

    @Test
    void downloadsHoldTheFilteredMatrixAsCsvAndAsAWorkbook() throws SQLException, IOException {
        Staff staff = staffWithHistory();
        String q = "q=" + Http.encode(staff.prefix());

        HttpResponse<byte[]> csv = managerA.download("api/v1/practices/" + practiceA + "/training-matrix/export?format=csv&status=overdue&"
                + q);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .matches("attachment; filename=\"training-matrix-Y09001-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        // No name or module title here holds a comma or a quote, so the lines split plainly
        // (MatrixSheetTest checks the quoting).
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").doesNotContain("\"");
        List<List<String>> lines = text.substring(1).lines().map(line -> List.of(line.split(",", -1))).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).subList(0, 3)).containsExactly("Name", "Email", "Job role");
        assertThat(lines.get(0)).contains("Data security and protection for everyone in the practice");
        assertThat(lines.get(1).get(0)).isEqualTo(staff.overdue());
        int security = lines.get(0).indexOf("Data security and protection for everyone in the practice");
        assertThat(lines.get(1).get(security)).isEqualTo("Overdue");
        assertThat(lines.get(1).get(security + 1)).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(lines.get(1).get(lines.get(0).indexOf("Video consultations done well"))).isEqualTo("Not required");

        HttpResponse<byte[]> xlsx = managerA.download("api/v1/practices/" + practiceA + "/training-matrix/export?format=xlsx&"
                + q);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(5);
            assertThat(rows.stream().skip(1).map(r -> r.getCellAsString(0).orElse("")).toList())
                    .containsExactly(staff.complete(), staff.dueSoon(), staff.overdue(), staff.started());
            assertThat(rows.get(4).getCellAsString(2)).contains("GP");
        }
    }

    @Test
    void theManagerOfAnotherPracticeFindsNothingOfThisOne() throws SQLException {
        SignInSession managerB = SignInSession.signIn(new Http(base).application(), DemoAccounts.MANAGER_B, DemoAccounts.PASSWORD);
        assertThat(managerB.get("api/v1/practices/" + practiceA + "/training-matrix", "application/json").status()).isEqualTo(404);
        assertThat(managerB.download("api/v1/practices/" + practiceA + "/training-matrix/export?format=csv").statusCode()).isEqualTo(404);
        for (String page : List.of("matrix", "face-to-face", "sessions", "uptake")) {
            assertThat(managerB.get("practice/" + page + ".xhtml?practice=" + practiceA).status()).as(page).isEqualTo(404);
        }
        long evidence = uploadEvidence("figures.png", (PNG + "rest of a tiny image").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(managerB.download("api/v1/practices/" + practiceA + "/evidence/" + evidence).statusCode()).isEqualTo(404);
        long practiceB = RosterData.practiceId(DemoAccounts.PRACTICE_B);
        // Nor by way of its own practice's id.
        assertThat(managerB.download("api/v1/practices/" + practiceB + "/evidence/" + evidence).statusCode()).isEqualTo(404);
    }

    // ---- upskilling sessions

    private Document sessionsPage() {
        Response page = managerA.get("practice/sessions.xhtml?practice=" + practiceA);
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    private Response recordSession(LocalDate heldOn, String attendees, String signUps, String topicText) {
        return recordSession(dateFields("held-on", heldOn), attendees, signUps, topicText);
    }

    private Response recordSession(Map<String, String> heldOn, String attendees, String signUps, String topicText) {
        Map<String, String> fields = new HashMap<>(Map.of("topic", "NHS_APP", "condition", "ASTHMA",
                "attendees", attendees, "sign-ups", signUps, "run-by", "STUDENTS_ON_PLACEMENT", "topic-text", topicText));
        fields.putAll(heldOn);
        return managerA.submit(sessionsPage(), "session", "record", fields);
    }

    /** A date typed into the three boxes of an NHS date input. */
    static Map<String, String> dateFields(String field, LocalDate day) {
        return dateFields(field, Integer.toString(day.getDayOfMonth()), Integer.toString(day.getMonthValue()),
                Integer.toString(day.getYear()));
    }

    static Map<String, String> dateFields(String field, String day, String month, String year) {
        return Map.of(field + "-day", day, field + "-month", month, field + "-year", year);
    }

    @Test
    void upskillingSessionsAreRecordedAndAuditedAndBadNumbersAreRefused() throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String topic = "Session " + UUID.randomUUID();
        long sessionsBefore = RosterData.count("SELECT COUNT(*) FROM practice_upskilling_session WHERE practice_id = ?", practiceA);

        assertThat(error(recordSession(today, "-3", "0", topic))).contains("cannot be negative");
        assertThat(error(recordSession(today, "10", "12", topic))).contains("more online access sign-ups (12) than attendees (10)");
        assertThat(error(recordSession(LocalDate.now(ZoneOffset.UTC).plusDays(2), "10", "2", topic)))
                .contains("cannot be in the future");
        assertThat(error(recordSession(dateFields("held-on", "31", "2", "2026"), "10", "2", topic))).contains("real date");
        assertThat(error(recordSession(dateFields("held-on", "3", "4", ""), "10", "2", topic))).contains("year");
        assertThat(error(recordSession(today, "99999999", "2", topic))).contains("not a believable figure");
        assertThat(error(recordSession(today, "ten", "2", topic))).contains("whole number");
        assertThat(RosterData.count("SELECT COUNT(*) FROM practice_upskilling_session WHERE practice_id = ?", practiceA))
                .isEqualTo(sessionsBefore);

        Response recorded = recordSession(today, "14", "9", topic);
        assertThat(recorded.html().select(".nhsuk-notification-banner").text()).contains("Session recorded")
                .contains("on " + academy.shared.time.AcademyCalendar.day(today)).contains("14 attended, 9 signed up");
        assertThat(RosterData.count("SELECT COUNT(*) FROM practice_upskilling_session WHERE practice_id = ? AND topic_text = ?"
                + " AND attendees = 14 AND online_sign_ups = 9 AND run_by LIKE '%STUDENTS_ON_PLACEMENT%'", practiceA, topic)).isEqualTo(1);
        assertThat(RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE practice_id = ? AND action = 'practice.session-recorded'"
                + " AND details LIKE ?", practiceA, today + " NHS_APP: 14 attendees, 9 online sign-ups")).isGreaterThanOrEqualTo(1);
        assertThat(sessionsPage().select("#sessions-list\\:sessions td").eachText()).anyMatch(t -> t.contains(topic));
    }

    // ---- uptake figures and evidence

    private Document uptakePage() {
        Response page = managerA.get("practice/uptake.xhtml?practice=" + practiceA);
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    private Response recordFigure(YearMonth month, String measure, String value, String source, String fileName, byte[] file) {
        Map<String, String> fields = Map.of("month", month.toString(), "measure", measure, "value", value, "source", source);
        // Always multipart, as a browser sends this form: without a file, an empty file part.
        return managerA.submitWithFile(uptakePage(), "figure", "record", fields, "evidence", fileName == null ? "" : fileName,
                file == null ? new byte[0] : file);
    }

    private long figures(String source) throws SQLException {
        return RosterData.count("SELECT COUNT(*) FROM practice_uptake_figure WHERE practice_id = ? AND source = ?", practiceA, source);
    }

    private long uploadEvidence(String fileName, byte[] content) throws SQLException {
        String source = "Evidence test " + UUID.randomUUID();
        Response answer = recordFigure(YearMonth.now(ZoneOffset.UTC), "VIDEO_CONSULTATIONS_OFFERED", "12", source,
                fileName, content);
        assertThat(answer.html().select(".nhsuk-notification-banner").text()).as(answer.html().text())
                .contains("with the evidence file " + fileName);
        return RosterData.count("SELECT evidence_file_id FROM practice_uptake_figure WHERE source = ?", source);
    }

    @Test
    void uptakeFiguresRefuseImpossibleValuesAndFutureMonths() throws SQLException {
        String source = "Clinical system report " + UUID.randomUUID();
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);

        assertThat(error(recordFigure(lastMonth, "ONLINE_ACCESS_REGISTERED_PERCENT", "140", source, null, null)))
                .contains("percentage from 0 to 100; 140 is not");
        assertThat(error(recordFigure(lastMonth, "ONLINE_ACCESS_REGISTERED_PERCENT", "-5", source, null, null)))
                .contains("cannot be negative");
        // Next month is not offered; a form that sends it anyway is refused in words.
        YearMonth next = YearMonth.now(ZoneOffset.UTC).plusMonths(2);
        assertThat(uptakePage().select("#figure\\:month option").eachAttr("value")).doesNotContain(next.toString());
        assertThat(uptakePage().select("#figure\\:month option").eachText())
                .contains(academy.shared.time.AcademyCalendar.month(lastMonth));
        assertThat(error(recordFigure(next, "ONLINE_ACCESS_REGISTERED_PERCENT", "40", source, null, null)))
                .contains("choose one of the options given");
        assertThat(figures(source)).isZero();

        Response recorded = recordFigure(lastMonth, "ONLINE_ACCESS_REGISTERED_PERCENT", "42.5", source, null, null);
        assertThat(recorded.html().select(".nhsuk-notification-banner").text()).contains("is 42.5%")
                .contains(academy.shared.time.AcademyCalendar.month(lastMonth));
        assertThat(figures(source)).isEqualTo(1);
        assertThat(RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE practice_id = ? AND action = 'practice.uptake-recorded'"
                + " AND details LIKE ?", practiceA, "%source: " + source + "%")).isEqualTo(1);
    }

    @Test
    void evidenceIsCheckedByItsContentStoredAndServedOnlyAsAnAttachment() throws SQLException {
        String source = "Disguised file " + UUID.randomUUID();
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(3);
        long filesBefore = RosterData.count("SELECT COUNT(*) FROM evidence_file WHERE practice_id = ?", practiceA);

        // A PNG called .pdf, a program renamed to .pdf, a web page called .png: all refused, nothing kept.
        assertThat(error(recordFigure(month, "APPOINTMENTS_BOOKED_ONLINE_PERCENT", "30", source, "report.pdf",
                (PNG + "image").getBytes(StandardCharsets.ISO_8859_1)))).contains("is really a PNG image");
        assertThat(error(recordFigure(month, "APPOINTMENTS_BOOKED_ONLINE_PERCENT", "30", source, "report.pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}))).contains("not a file the academy accepts");
        assertThat(error(recordFigure(month, "APPOINTMENTS_BOOKED_ONLINE_PERCENT", "30", source, "chart.png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))).contains("not a file the academy accepts");
        assertThat(figures(source)).isZero();
        assertThat(RosterData.count("SELECT COUNT(*) FROM evidence_file WHERE practice_id = ?", practiceA)).isEqualTo(filesBefore);

        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        long id = uploadEvidence("Figures; March (final).pdf", pdf);
        assertThat(RosterData.count("SELECT COUNT(*) FROM evidence_file WHERE id = ? AND file_type = 'PDF' AND size_bytes = ?"
                + " AND LENGTH(sha256) = 64 AND original_name = ?", id, pdf.length, "Figures; March (final).pdf")).isEqualTo(1);

        HttpResponse<byte[]> download = managerA.download("api/v1/practices/" + practiceA + "/evidence/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"Figures; March (final).pdf\"; filename*=UTF-8''Figures%3B%20March%20%28final%29.pdf");
        assertThat(uptakePage().select("#figures-list\\:figures a").eachAttr("href"))
                .anyMatch(href -> href.endsWith("/evidence/" + id));
    }

    // ---- face-to-face attendance

    @Test
    void faceToFaceAttendanceCountsAsCompletionOnlyForModulesThatAllowItAndIsAudited() throws SQLException {
        String name = RosterData.uniqueName("Fran Facetoface");
        long membership = RosterData.member(practiceA, name, RosterData.uniqueEmail("fran"), "RECEPTIONIST");
        long person = MatrixData.personIdOf(membership);
        Document page = managerA.get("practice/face-to-face.xhtml?practice=" + practiceA).html();
        assertThat(page.select("#attendance\\:module option").eachAttr("value"))
                .contains("running-upskilling-sessions", "data-security-and-protection").doesNotContain("video-consultations");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Staff are ticked, not picked from a multi-select list.
        assertThat(page.select("#attendance input[type=checkbox][value=" + person + "]")).hasSize(1);
        assertThat(page.select("#attendance select[multiple]")).isEmpty();

        Map<String, String> tomorrow = new HashMap<>(dateFields("held-on", today.plusDays(1)));
        tomorrow.putAll(Map.of("module", "running-upskilling-sessions", "attendees", Long.toString(person)));
        Response future = managerA.submit(page, "attendance", "record", tomorrow);
        assertThat(error(future)).contains("must be on or before");
        assertThat(RosterData.count("SELECT COUNT(*) FROM learning_completion WHERE person_id = ?", person)).isZero();

        Map<String, String> onTheDay = new HashMap<>(dateFields("held-on", today));
        onTheDay.putAll(Map.of("module", "running-upskilling-sessions", "attendees", Long.toString(person)));
        Response recorded = managerA.submit(managerA.get("practice/face-to-face.xhtml?practice=" + practiceA).html(), "attendance",
                "record", onTheDay);
        assertThat(recorded.html().select(".nhsuk-notification-banner").text())
                .contains("Recorded: 1 person completed \"Running a face-to-face patient upskilling session\"");
        assertThat(RosterData.count("SELECT COUNT(*) FROM learning_completion WHERE person_id = ? AND source = 'FACE_TO_FACE'",
                person)).isEqualTo(1);
        assertThat(RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE practice_id = ? AND action = 'learning.face-to-face-recorded'"
                + " AND details LIKE ?", practiceA, "%for person " + person)).isEqualTo(1);
        assertThat(names("q=" + Http.encode(name))).containsExactly(name);
        JsonValue cells = matrix(managerA, practiceA, "q=" + Http.encode(name)).getJsonArray("items").getJsonObject(0).get("modules");
        assertThat(cells.asJsonArray().getValuesAs(JsonObject.class)).anySatisfy(cell -> {
            assertThat(cell.getString("module")).isEqualTo("running-upskilling-sessions");
            assertThat(cell.getString("status")).isEqualTo("complete");
        });
    }

    @Test
    void aPpgMemberCannotBeRecordedAtAFaceToFaceSessionOfAStaffOnlyModule() throws SQLException {
        long membership = RosterData.member(practiceA, RosterData.uniqueName("Pat Ppgmember"), RosterData.uniqueEmail("pat"),
                "PPG_MEMBER");
        long person = MatrixData.personIdOf(membership);
        Map<String, String> fields = new HashMap<>(dateFields("held-on", LocalDate.now(ZoneOffset.UTC)));
        fields.putAll(Map.of("module", "running-upskilling-sessions", "attendees", Long.toString(person)));
        Response refused = managerA.submit(managerA.get("practice/face-to-face.xhtml?practice=" + practiceA).html(), "attendance",
                "record", fields);
        assertThat(error(refused)).contains("for practice staff");
        assertThat(RosterData.count("SELECT COUNT(*) FROM learning_completion WHERE person_id = ?", person)).isZero();
    }

    private static String error(Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        String text = answer.html().select(".nhsuk-error-summary").text();
        assertThat(text).as("an error message on the page: %s", answer.html().text()).isNotBlank();
        return text;
    }
}
