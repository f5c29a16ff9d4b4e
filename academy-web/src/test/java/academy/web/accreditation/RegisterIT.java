package academy.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.Http.Answer;
import academy.web.SignInSession;

/**
 * The public register and the region's dashboard on PostgreSQL, from awards written for each test:
 * only kite marks in force are listed (never lapsed, revoked, superseded or expired ones), searched
 * by name, code, locality and level, paged in name order; the dashboard's CSV moves by exactly what
 * a test adds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @Test
    void theRegisterListsOnlyKiteMarksInForceAndFindsThemByNameCodeLocalityAndLevel() throws SQLException {
        String tag = tag();
        String town = "Regtown " + tag;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long current;
        long renewalDue;
        long renewed;
        String currentCode;
        String newCertificate;
        try (RegisterAwardData awards = new RegisterAwardData()) {
            current = awardedPractice(awards, "Alder " + tag, town, 1, today.minusDays(10), today.plusYears(2));
            currentCode = odsCode(current);
            awards.certificate(awardOf(current), 1);
            newCertificate = awards.certificate(awardOf(current), 2);
            renewalDue = awardedPractice(awards, "Birch " + tag, town, 2, today.minusMonths(23), today.plusDays(30));
            long lapsed = awardedPractice(awards, "Cedar " + tag, town, 1, today.minusYears(2), today.minusDays(1));
            awards.lapse(awardOf(lapsed));
            long revoked = awardedPractice(awards, "Damson " + tag, town, 1, today.minusDays(40), today.plusYears(1));
            awards.revoke(awardOf(revoked), "Online booking was switched off.");
            // Expired yesterday: the nightly job has not recorded the lapse yet, but the register knows.
            awardedPractice(awards, "Elder " + tag, town, 1, today.minusYears(2), today.minusDays(1));
            renewed = awardedPractice(awards, "Fir " + tag, "Elsewhere " + tag, 1, today.minusYears(1), today.plusYears(1));
            long first = awardOf(renewed);
            long renewal = awards.award(renewed, 2, today.minusDays(3), today.plusYears(2));
            awards.supersede(first, renewal);
        }
        Http http = new Http(base);

        JsonObject byName = http.get("api/v1/register?q=" + Http.encode(tag)).object();
        assertThat(byName.getInt("total")).isEqualTo(3);
        assertThat(names(byName)).containsExactly("Alder " + tag, "Birch " + tag, "Fir " + tag);
        JsonObject alder = byName.getJsonArray("items").getJsonObject(0);
        assertThat(alder.getString("locality")).isEqualTo(town);
        assertThat(alder.getString("odsCode")).isEqualTo(currentCode);
        assertThat(alder.getString("validUntil")).isEqualTo(today.plusYears(2).toString());
        assertThat(alder.getString("certificateSerial")).isEqualTo(newCertificate);
        assertThat(alder.getJsonObject("verification").getString("html")).endsWith("/verify/" + newCertificate);
        JsonObject birch = byName.getJsonArray("items").getJsonObject(1);
        assertThat(birch.containsKey("certificateSerial")).isFalse();
        assertThat(birch.containsKey("verification")).isFalse();
        assertThat(birch.getString("awardSerial")).startsWith("KM-9999-");
        // The renewal stands in place of the award it superseded: one entry, at the new level.
        assertThat(byName.getJsonArray("items").getJsonObject(2).getInt("levelRank")).isEqualTo(2);

        assertThat(names(http.get("api/v1/register?q=" + currentCode.toLowerCase()).object())).containsExactly("Alder " + tag);
        assertThat(names(http.get("api/v1/register?locality=" + Http.encode(town.toUpperCase())).object()))
                .containsExactly("Alder " + tag, "Birch " + tag);
        assertThat(names(http.get("api/v1/register?q=" + Http.encode(tag) + "&level=" + levelSlug(2)).object()))
                .containsExactly("Birch " + tag, "Fir " + tag);
        assertThat(http.get("api/v1/register?q=" + Http.encode("Cedar " + tag)).object().getInt("total")).isZero();
        // A visitor's % is a character, not a wildcard.
        assertThat(http.get("api/v1/register?q=" + Http.encode(tag + "%")).object().getInt("total")).isZero();
    }

    @Test
    void anAdministratorChangesAPracticesLocalityAndTheRegisterFindsItThere() throws SQLException {
        String tag = tag();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long practice;
        try (RegisterAwardData awards = new RegisterAwardData()) {
            practice = awardedPractice(awards, "Moved " + tag, "Oldtown " + tag, 1, today.minusDays(5), today.plusYears(2));
        }
        String code = odsCode(practice);
        SignInSession admin = SignInSession.signIn(new Http(base).application(), DemoAccounts.ADMIN, DemoAccounts.PASSWORD);

        Document refused = admin.submit(admin.get("admin/practices.xhtml").html(), "practices", "relocate",
                Map.of("relocateOds", code, "relocateLocality", " ")).html();
        assertThat(refused.select(".nhsuk-error-summary").text()).contains("Please enter the locality.");
        Document moved = admin.submit(admin.get("admin/practices.xhtml").html(), "practices", "relocate",
                Map.of("relocateOds", code.toLowerCase(), "relocateLocality", "Newtown " + tag)).html();
        assertThat(moved.text()).contains("Moved " + tag + " (" + code + ") is now listed in Newtown " + tag + ".");

        Http http = new Http(base);
        assertThat(names(http.get("api/v1/register?locality=" + Http.encode("newtown " + tag)).object()))
                .containsExactly("Moved " + tag);
        assertThat(http.get("api/v1/register?locality=" + Http.encode("Oldtown " + tag)).object().getInt("total")).isZero();
        assertThat(PracticeData.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'practice.described' AND subject_key = ?",
                code)).isEqualTo(1);
    }

    @Test
    void theRegisterIsPagedInNameOrderAndRefusesBadPaging() throws SQLException {
        String tag = tag();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (RegisterAwardData awards = new RegisterAwardData()) {
            for (String name : List.of("Oak", "Ash", "Yew", "Hazel", "Beech")) {
                awardedPractice(awards, name + " " + tag, "Pagetown " + tag, 1, today.minusDays(5), today.plusYears(2));
            }
        }
        Http http = new Http(base);
        JsonObject first = http.get("api/v1/register?q=" + Http.encode(tag) + "&size=2&page=0").object();
        JsonObject last = http.get("api/v1/register?q=" + Http.encode(tag) + "&size=2&page=2").object();
        assertThat(first.getInt("total")).isEqualTo(5);
        assertThat(first.getInt("pageCount")).isEqualTo(3);
        assertThat(names(first)).containsExactly("Ash " + tag, "Beech " + tag);
        assertThat(names(last)).containsExactly("Yew " + tag);
        assertThat(names(http.get("api/v1/register?q=" + Http.encode(tag) + "&size=2&page=9").object())).isEmpty();

        Answer tooBig = http.get("api/v1/register?size=1000");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.mediaType()).isEqualTo("application/problem+json");
        assertThat(http.get("api/v1/register?q=" + "x".repeat(101)).status()).isEqualTo(400);
    }

    @Test
    void theDemoPracticesInForceAreListedAndThePageIsPublic() {
        // The demo region's codes start Y0900; other tests' practices have codes of their own.
        assertThat(names(new Http(base).get("api/v1/register?q=Y0900").object()))
                .contains("Castle Street Practice", "Millbrook Health Centre", "Orchard Lane Surgery")
                // Lapsed, in review and revoked: never listed. (Riverside may be listed too, once a browser test awards it.)
                .doesNotContain("Kingsmead Family Practice", "Westgate Medical Practice", "Harbour View Surgery");

        SignInSession anonymous = new SignInSession(new Http(base).application());
        SignInSession.Response answer = anonymous.get("accreditation/register.xhtml");
        assertThat(answer.status()).isEqualTo(200);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("h1").text()).isEqualTo("Register of accredited digital practices");
        assertThat(page.select("table thead").text()).contains("Practice", "Code", "Town or area", "Level", "Valid until");
        // The pager (with its "1 to 25 of N practices") shows only when the register fills more than one page of 25.
        int rows = page.select("table tbody tr").size();
        if (rows < 25) {
            assertThat(page.select(".ui-paginator")).as("no pager on a single page").isEmpty();
        } else if (!page.select(".ui-paginator").isEmpty()) {
            assertThat(page.select(".ui-paginator-current").text()).matches("1 to 25 of \\d+ practices");
        }
    }

    @Test
    void theDashboardFiguresMoveByExactlyWhatIsAdded() throws SQLException {
        SignInSession admin = SignInSession.signIn(new Http(base).application(), DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        Map<String, String> before = figures(admin);
        String tag = tag();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant now = Instant.now();
        String topLevel;
        try (RegisterAwardData awards = new RegisterAwardData(); PracticeData held = PracticeData.newPractice("Dash " + tag);
             PracticeData waiting = PracticeData.newPractice("Dash waiting " + tag)) {
            // Inside the renewal window of the top level; in review for the next; a PPG member's completion this
            // month of a module no criterion names, so neither practice meets any criterion.
            awards.award(held.id(), 3, today.minusMonths(23), today.plusDays(20));
            awards.application(held.id(), 3, "IN_REVIEW", now.minus(Duration.ofDays(3)), null);
            awards.application(waiting.id(), 1, "SUBMITTED", now.minus(Duration.ofDays(1)), null);
            awards.application(waiting.id(), 1, "REFUSED", now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(10)));
            held.completion(held.member("PPG_MEMBER", "ACTIVE"), "digital-champion", null, now);
            topLevel = levelTitle(3);
        }
        Map<String, String> after = figures(admin);

        assertThat(delta(before, after, "active practices||")).isEqualTo(2);
        assertThat(delta(before, after, "practices holding level|" + topLevel + "|")).isEqualTo(1);
        assertThat(delta(before, after, "renewal due|" + topLevel + "|")).isEqualTo(1);
        assertThat(delta(before, after, "applications in flight|Waiting for an assessor|")).isEqualTo(1);
        assertThat(delta(before, after, "applications in flight|In review|")).isEqualTo(1);
        assertThat(delta(before, after, "applications decided in 12 months||")).isEqualTo(1);
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        assertThat(delta(before, after, "practices with completions|Patient upskilling|" + month)).isEqualTo(1);
        assertThat(delta(before, after, "practices with completions|Staff culture and development|" + month)).isZero();
        List<String> missed = after.keySet().stream().filter(k -> k.startsWith("practices missing criterion|")).toList();
        assertThat(missed).isNotEmpty();
        for (String criterion : missed) {
            assertThat(delta(before, after, criterion)).as(criterion).isEqualTo(2);
        }

        Document page = Jsoup.parse(admin.get("admin/accreditation.xhtml").body());
        assertThat(page.select("#levels-table").text()).contains(topLevel);
        assertThat(page.select("#flight-table").text()).contains("Waiting for an assessor", "In review");
        assertThat(page.select("#decision-times").text()).contains("applications were decided, on average");
        assertThat(page.select("#csv").attr("href")).endsWith("/api/v1/admin/accreditation/figures.csv");
    }

    private static Map<String, String> figures(SignInSession admin) {
        HttpResponse<byte[]> csv = admin.download("api/v1/admin/accreditation/figures.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment; filename=\"kite-mark-figures-");
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("figure,item,month,value");
        Map<String, String> figures = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            List<String> cells = cells(lines[i]);
            assertThat(cells).as(lines[i]).hasSize(4);
            figures.put(cells.get(0) + "|" + cells.get(1) + "|" + cells.get(2), cells.get(3));
        }
        return figures;
    }

    /** The cells of one CSV row, quoted cells unquoted. */
    private static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static long delta(Map<String, String> before, Map<String, String> after, String key) {
        assertThat(after).as("figures after").containsKey(key);
        return Long.parseLong(after.get(key)) - Long.parseLong(before.getOrDefault(key, "0"));
    }

    private static long awardedPractice(RegisterAwardData awards, String name, String locality, int level, LocalDate from,
                                        LocalDate until) throws SQLException {
        long id;
        try (PracticeData practice = PracticeData.newPractice(name)) {
            id = practice.id();
        }
        awards.locality(id, locality);
        awards.award(id, level, from, until);
        return id;
    }

    private static long awardOf(long practiceId) throws SQLException {
        return PracticeData.count("SELECT MAX(id) FROM kitemark_award WHERE practice_id = ?", practiceId);
    }

    private static String odsCode(long practiceId) throws SQLException {
        return text("SELECT ods_code FROM practice WHERE id = " + practiceId);
    }

    private static String levelSlug(int rank) throws SQLException {
        return text("SELECT l.slug FROM accreditation_level l JOIN accreditation_scheme s ON s.id = l.scheme_id"
                + " WHERE s.is_current AND l.level_rank = " + rank);
    }

    private static String levelTitle(int rank) throws SQLException {
        return text("SELECT l.title FROM accreditation_level l JOIN accreditation_scheme s ON s.id = l.scheme_id"
                + " WHERE s.is_current AND l.level_rank = " + rank);
    }

    private static String text(String sql) throws SQLException {
        try (var db = academy.web.TestDatabase.connect(); var query = db.prepareStatement(sql);
             var row = query.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("practice")).toList();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
