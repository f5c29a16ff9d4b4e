package academy.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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
import academy.web.TestDatabase;

/**
 * Administrators' pages at the HTTP level: adding, archiving and reinstating practices, appointing
 * assessors, suspending accounts; the database shows what changed. Needs the sign-in page (built on
 * the sign-in branch); skipped, saying so, without it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationIT {

    @ArquillianResource
    URL base;

    private SignInSession admin;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy();
    }

    @BeforeEach
    void signInAsAdministrator() {
        admin = SignInSession.signIn(new Http(base).application(), DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
    }

    private Document page(String path) {
        Response page = admin.get(path);
        assertThat(page.status()).as("%s: %s", path, page).isEqualTo(200);
        return page.html();
    }

    @Test
    void aPracticeWithABadCodeIsRefusedWithTheRuleAndNothingIsStored() throws SQLException {
        Response answer = admin.submit(page("admin/practices.xhtml"), "practices", "create",
                Map.of("ods", "12345", "name", "Nowhere Surgery", "pcn", "No PCN", "address", "1 Nowhere Lane"));

        assertThat(answer.html().select(".nhsuk-error-summary").text()).contains("one letter followed by five digits");
        assertThat(count("SELECT COUNT(*) FROM practice WHERE name = 'Nowhere Surgery'")).isZero();
    }

    @Test
    void anAdministratorAddsArchivesAndReinstatesAPractice() throws SQLException {
        String code = "X" + (10000 + ThreadLocalRandom.current().nextInt(89999));
        Response created = admin.submit(page("admin/practices.xhtml"), "practices", "create",
                Map.of("ods", code.toLowerCase(), "name", "Test Surgery " + code, "pcn", "Test PCN", "address", "1 Test Road"));
        assertThat(created.html().text()).contains("Test Surgery " + code + " (" + code + ") is added");
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'practice.created' AND subject_key = ?", code))
                .isEqualTo(1);

        Document found = admin.submit(page("admin/practices.xhtml"), "practices", "find", Map.of("search", code)).html();
        String archive = found.selectFirst("[aria-label=\"Archive Test Surgery " + code + "\"]").attr("name");
        Document asked = admin.submit(found, "practices", archive, Map.of()).html();
        assertThat(asked.select("#practices\\:confirmation").text())
                .contains("Archive Test Surgery " + code + "? It takes no new members; its history stays.");
        assertThat(status(code)).as("nothing changes before the yes").isEqualTo("ACTIVE");
        Response archived = admin.submit(asked, "practices", "confirm-yes", Map.of());
        assertThat(archived.html().text()).contains("Test Surgery " + code + " is archived");
        assertThat(status(code)).isEqualTo("ARCHIVED");

        Document again = admin.submit(page("admin/practices.xhtml"), "practices", "find", Map.of("search", code)).html();
        String reinstate = again.selectFirst("[aria-label=\"Reinstate Test Surgery " + code + "\"]").attr("name");
        Document goBack = admin.submit(admin.submit(again, "practices", reinstate, Map.of()).html(), "practices",
                "confirm-no", Map.of()).html();
        assertThat(goBack.select("#practices\\:confirmation")).as("no, go back").isEmpty();
        assertThat(status(code)).isEqualTo("ARCHIVED");
        Document askedAgain = admin.submit(goBack, "practices",
                goBack.selectFirst("[aria-label=\"Reinstate Test Surgery " + code + "\"]").attr("name"), Map.of()).html();
        assertThat(admin.submit(askedAgain, "practices", "confirm-yes", Map.of()).html().text()).contains("is active again");
        assertThat(status(code)).isEqualTo("ACTIVE");
    }

    @Test
    void appointingANewAssessorCreatesTheirAccountMailsThemAndAuditsIt() throws SQLException {
        String email = "assessor-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@admin-test.example";

        Response answer = admin.submit(page("admin/people.xhtml"), "people", "appoint",
                Map.of("appoint-name", "Ada Assessor", "appoint-email", email, "appoint-role", "ASSESSOR"));

        assertThat(answer.html().text()).contains("Ada Assessor (" + email + ") is now an assessor");
        assertThat(count("SELECT COUNT(*) FROM person p JOIN person_system_role r ON r.person_id = p.id"
                + " WHERE p.email_lower = ? AND r.role = 'ASSESSOR'", email)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", email)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'person.appointed'"
                + " AND subject_key = (SELECT CAST(id AS VARCHAR) FROM person WHERE email_lower = ?)", email)).isEqualTo(1);
    }

    @Test
    void anAdministratorSuspendsAndReinstatesAnAccount() throws SQLException {
        String email = "suspended-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@admin-test.example";
        admin.submit(page("admin/people.xhtml"), "people", "appoint",
                Map.of("appoint-name", "Sid Suspended", "appoint-email", email, "appoint-role", "ASSESSOR"));
        Document found = admin.submit(page("admin/people.xhtml"), "people", "find", Map.of("search", email)).html();
        // The account column shows the status's label: an appointed assessor has not chosen a password yet.
        assertThat(accountColumnOf(found, email)).isEqualTo("Not set up yet");

        Document asked = admin.submit(found, "people",
                found.selectFirst("[aria-label=\"Suspend Sid Suspended\"]").attr("name"), Map.of()).html();
        assertThat(asked.select("#people\\:confirmation").text()).contains("Suspend Sid Suspended? They cannot sign in until reinstated.");
        Response suspended = admin.submit(asked, "people", "confirm-yes", Map.of());

        assertThat(suspended.html().text()).contains("Sid Suspended is suspended and cannot sign in.");
        assertThat(count("SELECT COUNT(*) FROM person WHERE email_lower = ? AND status = 'SUSPENDED'", email)).isEqualTo(1);
        Document after = suspended.html();
        assertThat(accountColumnOf(after, email)).isEqualTo("Suspended");
        Document reinstating = admin.submit(after, "people",
                after.selectFirst("[aria-label=\"Reinstate Sid Suspended\"]").attr("name"), Map.of()).html();
        admin.submit(reinstating, "people", "confirm-yes", Map.of());
        assertThat(count("SELECT COUNT(*) FROM person WHERE email_lower = ? AND status = 'SUSPENDED'", email)).isZero();
    }

    private static String accountColumnOf(Document people, String email) {
        // On phones each cell is headed by its column's title; the title is not the cell's value.
        people.select("#people\\:table .ui-column-title").remove();
        return people.select("#people\\:table tbody tr").stream()
                .filter(row -> row.select("td:nth-child(3)").text().equals(email))
                .map(row -> row.select("td:nth-child(4)").text()).findFirst()
                .orElseThrow(() -> new AssertionError(email + " is not in the list of people"));
    }

    @Test
    void theAuditTrailFiltersByActionNewestFirst() {
        Document audit = page("admin/audit.xhtml?action=signin.succeeded");
        audit.select("#audit\\:table .ui-column-title").remove();

        assertThat(audit.select("#audit\\:table tbody tr td:nth-child(3)").eachText()).isNotEmpty()
                .allMatch(action -> action.equals("signin.succeeded"));
        assertThat(audit.select("#filter-summary").text()).isEqualTo("Showing entries for actions starting with \u201csignin.succeeded\u201d.");
        assertThat(page("admin/audit.xhtml?from=not-a-date").select(".nhsuk-error-summary").text())
                .contains("must look like 2026-03-31");
    }

    @Test
    void theAuditTrailsFormPutsItsFiltersInTheAddressAndRefusesADayThatDoesNotExist() {
        Document audit = page("admin/audit.xhtml");

        Response filtered = admin.submit(audit, "filters", "show", Map.of("action", "signin.",
                "from-day", "1", "from-month", "3", "from-year", "2026"));

        assertThat(filtered.status()).isEqualTo(302);
        String address = filtered.location().orElseThrow();
        assertThat(address).contains("/admin/audit.xhtml?").contains("action=signin.").contains("from=2026-03-01")
                .doesNotContain("until=");
        Document shown = page(address.substring(address.indexOf("admin/audit.xhtml")));
        assertThat(shown.select("#filter-summary").text())
                .isEqualTo("Showing entries for actions starting with \u201csignin.\u201d, from 1 March 2026.");
        assertThat(shown.select("input[id='filters:from-year']").val()).isEqualTo("2026");

        Response refused = admin.submit(audit, "filters", "show", Map.of("until-day", "31", "until-month", "2",
                "until-year", "2026"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select(".nhsuk-error-summary").text()).contains("Enter a real date");
        assertThat(refused.html().select(".nhsuk-error-summary a").attr("href")).isEqualTo("#filters:until-day");
    }

    private static String status(String odsCode) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT status FROM practice WHERE ods_code = ?")) {
            query.setString(1, odsCode);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
