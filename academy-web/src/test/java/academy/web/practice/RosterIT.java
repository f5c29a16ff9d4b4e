package academy.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

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

import academy.practice.JobRole;
import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.SignInSession;
import academy.web.SignInSession.Response;
import academy.web.TestPeople;
import academy.web.TestPeople.TestPractice;

/**
 * A practice manager's roster at the HTTP level, on the real WAR: the page's forms are posted as a
 * browser without JavaScript would, and the database shows what changed (rows, audit entries,
 * mail in the outbox). Each test makes its own people with unique addresses.
 *
 * <p>Needs the sign-in page (built on the sign-in branch); without it in this build the tests are
 * skipped, saying so.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterIT {

    private static final String PASSWORD = "copper-heron-meadow-violin-27";

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

    private Document roster() {
        Response page = managerA.get("practice/roster.xhtml?practice=" + practiceA);
        assertThat(page.status()).as("roster page: %s", page).isEqualTo(200);
        return page.html();
    }

    /** A new person, an active member of the practice in the role, with {@link #PASSWORD}; returns their address. */
    private static String memberOf(TestPractice practice, String name, JobRole role) {
        String email = TestPeople.person(name, PASSWORD);
        TestPeople.member(email, practice, role);
        return email;
    }

    private SignInSession signedIn(String email) {
        return SignInSession.signIn(new Http(base).application(), email, PASSWORD);
    }

    private static String buttonLabelled(Document page, String label) {
        Element button = page.selectFirst("[aria-label=\"" + label + "\"]");
        assertThat(button).as("a button labelled \"%s\"", label).isNotNull();
        return button.attr("name");
    }

    /**
     * Presses a button that asks first: the roster shows only the question (with {@code question}
     * in it) and no roster, then "yes" is pressed; the answer to that is returned.
     */
    private static Response confirming(SignInSession session, Document page, String button, String question) {
        Document asked = session.submit(page, "roster", button, Map.of()).html();
        assertThat(asked.select("#roster\\:confirmation").text()).contains(question);
        assertThat(asked.select("#roster\\:members")).as("only the question is shown").isEmpty();
        return session.submit(asked, "roster", "confirm-yes", Map.of());
    }

    @Test
    void invitingStaffSendsTheInvitationListsItAndAuditsIt() throws SQLException {
        String email = RosterData.uniqueEmail("invitee");

        Response answer = managerA.submit(roster(), "roster", "invite",
                Map.of("invite-name", "Ivy Invitee", "invite-email", email, "invite-role", "nurse"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().text()).contains("Invitation sent to Ivy Invitee (" + email + ")");
        assertThat(cells(roster(), "#roster\\:invitations td")).contains(email, "Nurse");
        assertThat(RosterData.count("SELECT COUNT(*) FROM invitation WHERE email_lower = ? AND practice_id = ?"
                + " AND job_role = 'NURSE'", email, practiceA)).isEqualTo(1);
        assertThat(RosterData.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", email)).isEqualTo(1);
        assertThat(RosterData.mailBody(email)).as("staff are told their role").contains("(your role: Nurse).");
        assertThat(RosterData.auditActions(practiceA, email)).containsExactly("person.invited");
    }

    @Test
    void anInvitationWithABadAddressIsRefusedWithAMessageAndNothingIsStored() throws SQLException {
        Response answer = managerA.submit(roster(), "roster", "invite",
                Map.of("invite-name", "No Address", "invite-email", "not-an-address", "invite-role", "gp"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().select(".nhsuk-error-summary").text()).isNotBlank();
        assertThat(RosterData.count("SELECT COUNT(*) FROM invitation WHERE display_name = 'No Address'")).isZero();
    }

    @Test
    void withdrawingAnInvitationTakesItOffTheListAndAuditsIt() throws SQLException {
        String email = RosterData.uniqueEmail("withdrawn");
        managerA.submit(roster(), "roster", "invite",
                Map.of("invite-name", "Wendy Withdrawn", "invite-email", email, "invite-role", "gp"));
        Document page = roster();

        Response answer = confirming(managerA, page, buttonLabelled(page, "Withdraw the invitation to " + email),
                "Withdraw the invitation to " + email + "?");

        assertThat(answer.html().text()).contains("The invitation to " + email + " is withdrawn");
        assertThat(cells(roster(), "#roster\\:invitations td")).doesNotContain(email);
        assertThat(RosterData.auditActions(practiceA, email)).containsExactly("person.invited", "invitation.revoked");
    }

    @Test
    void rotatingTheJoinCodeReplacesItAndAuditsIt() throws SQLException {
        String before = RosterData.joinCode(practiceA);
        long rotationsBefore = RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE practice_id = ?"
                + " AND action = 'practice.join-code-rotated'", practiceA);

        Response answer = confirming(managerA, roster(), "rotate", "The old code stops working at once.");

        String after = RosterData.joinCode(practiceA);
        assertThat(after).isNotEqualTo(before);
        assertThat(answer.html().text()).contains("The new join code is " + after).contains("old code no longer works");
        assertThat(answer.html().select("#join-code").text()).isEqualTo(after);
        assertThat(RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE practice_id = ?"
                + " AND action = 'practice.join-code-rotated'", practiceA)).isEqualTo(rotationsBefore + 1);
    }

    @Test
    void approvingAnApplicantMakesThemAMemberMailsThemAndAuditsIt() throws SQLException {
        String email = RosterData.uniqueEmail("applicant");
        String name = RosterData.uniqueName("Alma Applicant");
        long membership = RosterData.applicant(practiceA, name, email);
        Document page = roster();

        Response answer = confirming(managerA, page, buttonLabelled(page, "Approve " + name), "Approve " + name + " as a member");

        assertThat(answer.html().text()).contains(name + " is now a PPG member");
        assertThat(RosterData.membershipStatus(membership)).isEqualTo("ACTIVE");
        assertThat(RosterData.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", email)).isEqualTo(1);
        assertThat(RosterData.auditActions(practiceA, email)).containsExactly("membership.approved");
    }

    @Test
    void turningDownAnApplicantKeepsTheApplicationInTheHistory() throws SQLException {
        String email = RosterData.uniqueEmail("turned-down");
        String name = RosterData.uniqueName("Tara Turneddown");
        long membership = RosterData.applicant(practiceA, name, email);
        Document page = roster();

        Response answer = confirming(managerA, page, buttonLabelled(page, "Turn down " + name), "Turn down " + name + "'s application?");

        assertThat(answer.html().text()).contains("You turned down " + name + "'s application");
        assertThat(RosterData.membershipStatus(membership)).isEqualTo("REJECTED");
        assertThat(cells(answer.html(), "#roster\\:former td")).contains(name, "Application turned down");
        assertThat(RosterData.auditActions(practiceA, email)).containsExactly("membership.rejected");
    }

    @Test
    void deactivatingALeaverEndsTheMembershipAndAuditsIt() throws SQLException {
        String email = RosterData.uniqueEmail("leaver");
        String name = RosterData.uniqueName("Leo Leaver");
        long membership = RosterData.member(practiceA, name, email, "NURSE");
        Document page = managerA.get("practice/roster.xhtml?practice=" + practiceA).html();
        // The member may be on a later page of the table: search for them first.
        page = managerA.submit(page, "roster", "find-members", Map.of("search", name)).html();

        Response answer = confirming(managerA, page, buttonLabelled(page, "Deactivate " + name), "Deactivate " + name + "?");

        assertThat(answer.html().text()).contains(name + " is no longer a member");
        assertThat(RosterData.membershipStatus(membership)).isEqualTo("ENDED");
        assertThat(RosterData.auditActions(practiceA, email)).containsExactly("membership.ended");
    }

    @Test
    void changingAMembersJobRoleIsStoredShownAndAudited() throws SQLException {
        String email = RosterData.uniqueEmail("mover");
        String name = RosterData.uniqueName("Mo Mover");
        long membership = RosterData.member(practiceA, name, email, "RECEPTIONIST");
        Document page = managerA.submit(roster(), "roster", "find-members", Map.of("search", name)).html();

        Document dialog = managerA.submit(page, "roster", buttonLabelled(page, "Change the job role of " + name), Map.of()).html();
        assertThat(dialog.select("label[for=role-form:new-role]").text()).contains(name);
        Response answer = managerA.submit(dialog, "role-form", "save-role", Map.of("new-role", "pharmacist"));

        assertThat(answer.html().text()).contains(name + " is now Pharmacist");
        assertThat(RosterData.jobRole(membership)).isEqualTo("PHARMACIST");
        assertThat(managerA.get("api/v1/practices/" + practiceA + "/members?size=100", "application/json").body())
                .contains("\"email\":\"" + email + "\",\"jobRole\":\"pharmacist\"");
        assertThat(RosterData.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'membership.role-changed'"
                + " AND subject_type = 'membership' AND subject_key = ? AND practice_id = ?"
                + " AND details = 'receptionist -> pharmacist'", Long.toString(membership), practiceA)).isEqualTo(1);
    }

    @Test
    void theOnlyManagerCannotDeactivateThemselvesOrGiveUpTheRoleButCanOnceThereIsAnother() throws SQLException {
        TestPractice practice = TestPeople.practice();
        String email = memberOf(practice, "Solo Manager", JobRole.PRACTICE_MANAGER);
        long own = RosterData.membershipOf(email, practice.id());
        SignInSession solo = signedIn(email);
        Document page = solo.get("practice/roster.xhtml?practice=" + practice.id()).html();
        // The page warns before a manager deactivates themselves.
        Response deactivated = confirming(solo, page, buttonLabelled(page, "Deactivate yourself (Solo Manager)"),
                "This is your own membership");
        assertThat(deactivated.html().select(".nhsuk-error-summary").text())
                .contains("You are the only practice manager of " + practice.name(), "cannot deactivate yourself");
        Document dialog = solo.submit(page, "roster", buttonLabelled(page, "Change the job role of Solo Manager"), Map.of()).html();
        Response demoted = solo.submit(dialog, "role-form", "save-role", Map.of("new-role", "gp"));
        assertThat(demoted.html().select(".nhsuk-error-summary").text()).contains("cannot stop being its practice manager");
        assertThat(RosterData.membershipStatus(own)).isEqualTo("ACTIVE");
        assertThat(RosterData.jobRole(own)).isEqualTo("PRACTICE_MANAGER");
        assertThat(RosterData.auditActions(practice.id(), email)).isEmpty();

        memberOf(practice, "Second Manager", JobRole.PRACTICE_MANAGER);
        page = solo.get("practice/roster.xhtml?practice=" + practice.id()).html();
        Response left = confirming(solo, page, buttonLabelled(page, "Deactivate yourself (Solo Manager)"), "This is your own membership");
        assertThat(left.html().text()).contains("You are no longer a member of " + practice.name());
        assertThat(RosterData.membershipStatus(own)).isEqualTo("ENDED");
        assertThat(RosterData.auditActions(practice.id(), email)).containsExactly("membership.ended");
        assertThat(solo.get("practice/roster.xhtml?practice=" + practice.id()).status()).isIn(403, 404);
    }

    @Test
    void aMemberLeavesAPracticeFromTheirHomePageAndTheHistoryStays() throws SQLException {
        TestPractice practice = TestPeople.practice();
        String email = memberOf(practice, "Lena Leaving", JobRole.NURSE);
        long membership = RosterData.membershipOf(email, practice.id());
        SignInSession member = signedIn(email);
        Document home = member.get("home.xhtml").html();
        assertThat(home.select("main").text()).contains(practice.name(), "Your training");
        // "Leave" asks first, on the home page at its own address; nothing has changed yet.
        Document confirm = member.get("home.xhtml?leave=" + membership).html();
        assertThat(confirm.select("#confirm-leave").text()).contains("Leave " + practice.name() + "?");
        assertThat(RosterData.membershipStatus(membership)).isEqualTo("ACTIVE");
        // Someone else's membership, or nonsense, asks nothing.
        assertThat(member.get("home.xhtml?leave=abc").html().select("#confirm-leave")).isEmpty();

        Response left = member.submit(confirm, "leave", "yes", Map.of());

        assertThat(left.html().select(".nhsuk-notification-banner").text()).contains("You have left " + practice.name());
        assertThat(left.html().select("main").text()).doesNotContain("Leave " + practice.name());
        assertThat(RosterData.membershipStatus(membership)).isEqualTo("ENDED");
        assertThat(RosterData.auditActions(practice.id(), email)).containsExactly("membership.left");

        String managerEmail = memberOf(practice, "Last Manager", JobRole.PRACTICE_MANAGER);
        SignInSession manager = signedIn(managerEmail);
        long managersMembership = RosterData.membershipOf(managerEmail, practice.id());
        Document managersHome = manager.get("home.xhtml?leave=" + managersMembership).html();
        Response refused = manager.submit(managersHome, "leave", "yes", Map.of());
        assertThat(refused.html().select(".nhsuk-error-summary").text()).contains("You are the only practice manager", "cannot leave");
        assertThat(RosterData.membershipStatus(RosterData.membershipOf(managerEmail, practice.id()))).isEqualTo("ACTIVE");
        assertThat(cells(manager.get("practice/roster.xhtml?practice=" + practice.id()).html(), "#roster\\:former td"))
                .as("the leaver stays in the practice's history").contains("Lena Leaving", "Left");
    }

    @Test
    void anAssessorsHomeListsThePracticesTheyMayNotAssessAndSaysApplicationsAreNotHereYet() {
        TestPractice practice = TestPeople.practice();
        String email = memberOf(practice, "Ada Assessor", JobRole.GP);
        TestPeople.systemRole(email, "ASSESSOR");

        Document home = signedIn(email).get("home.xhtml").html();

        assertThat(home.select("#assessing").text()).contains("queue of applications to assess",
                "Practices you may never assess");
        assertThat(cells(home, "#conflicts td")).contains(practice.name() + " (" + practice.odsCode() + ")",
                "GP", "You belong to it now");
        Document demoAssessor = SignInSession.signIn(new Http(base).application(), DemoAccounts.ASSESSOR, DemoAccounts.PASSWORD)
                .get("home.xhtml").html();
        assertThat(demoAssessor.select("#assessing").text()).contains("you have no conflict of interest on record");
    }

    @Test
    void theApiTellsAManagerWhoTheyAreAndListsTheirPracticesMembers() throws SQLException {
        String email = RosterData.uniqueEmail("listed");
        RosterData.member(practiceA, "Lisa Listed", email, "PHARMACIST");

        var me = jakarta.json.Json.createReader(new java.io.StringReader(managerA.get("api/v1/me", "application/json").body()))
                .readObject();
        assertThat(me.getString("name")).isEqualTo("Helen Carter");
        assertThat(me.getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString)).contains("manager", "learner");
        assertThat(me.getJsonArray("memberships").getJsonObject(0).getString("odsCode")).isEqualTo(DemoAccounts.PRACTICE_A);

        Response members = managerA.get("api/v1/practices/" + practiceA + "/members?size=100", "application/json");
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.body()).contains(email, "pharmacist").doesNotContain("manager.hawthorn@academy.example");
    }

    @Test
    void theManagerOfAnotherPracticeCannotOpenThisRoster() throws SQLException {
        SignInSession managerB = SignInSession.signIn(new Http(base).application(), DemoAccounts.MANAGER_B,
                DemoAccounts.PASSWORD);

        assertThat(managerB.get("practice/roster.xhtml?practice=" + practiceA).status()).isEqualTo(404);
        assertThat(managerB.get("api/v1/practices/" + practiceA + "/members", "application/json").status()).isEqualTo(404);
    }

    /** The texts of table cells as a desktop shows them, without the column names a phone shows in each cell. */
    private static java.util.List<String> cells(Document page, String css) {
        Document shown = page.clone();
        shown.select(".nhsuk-table-responsive__heading").remove();
        return shown.select(css).eachText();
    }
}
