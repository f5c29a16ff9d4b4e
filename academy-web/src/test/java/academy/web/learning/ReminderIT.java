package academy.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import academy.shared.time.AcademyCalendar;
import academy.web.DemoAccounts;
import academy.web.Deployments;
import academy.web.Http;
import academy.web.Mailbox;
import academy.web.OutboxFixtureServlet;
import academy.web.ReminderFixtureServlet;
import academy.web.SignInSession;
import academy.web.SignInSession.Response;

/**
 * The learners' reminders on PostgreSQL, through GreenMail: 120 simulated days of a small practice,
 * the pass run each morning at 08:00 UK time, and exactly which mail each person receives on which
 * day. On some days two passes run at once, and a third after them: every mail still arrives once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private static final int DAYS = 120;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive academy() {
        return Deployments.academy().addClasses(OutboxFixtureServlet.class, ReminderFixtureServlet.class);
    }

    private SignInSession admin() {
        return SignInSession.signIn(new Http(base).application(), DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
    }

    private static Instant morning(LocalDate day) {
        return day.atTime(LocalTime.of(8, 0)).atZone(AcademyCalendar.ZONE).toInstant();
    }

    @Test
    void aHundredAndTwentyDaysOfRemindersArriveOnceEachOnTheirDay() throws Exception {
        LocalDate first = AcademyCalendar.dayOf(Instant.now());
        try (ReminderData data = new ReminderData()) {
            List<ReminderData.Module> modules = data.modules(2);
            assertThat(modules).hasSize(2);
            ReminderData.Module fire = modules.get(0);
            ReminderData.Module data2 = modules.get(1);
            String t1 = fire.title();
            String t2 = data2.title();
            Instant start = morning(first).minusSeconds(3600);

            ReminderData.Learner ana = data.learner("Ana");
            data.assign(ana, fire, start, first.plusDays(30));
            ReminderData.Learner ben = data.learner("Ben");
            data.assign(ben, fire, start, first.plusDays(30));
            ReminderData.Learner cleo = data.learner("Cleo");
            data.assign(cleo, fire, start, first.plusDays(30));
            data.assign(cleo, data2, start, first.plusDays(23));
            ReminderData.Learner dev = data.learner("Dev");
            long devsItem = -1;
            ReminderData.Learner eve = data.learner("Eve");
            data.complete(eve, data2, morning(first.minusDays(10)));
            data.assign(eve, data2, start, first.plusDays(100));
            ReminderData.Learner fay = data.learner("Fay");
            data.assign(fay, data2, start, first.plusDays(100));
            ReminderData.Learner gil = data.learner("Gil");
            data.assign(gil, fire, start, first.plusDays(30), false);
            ReminderData.Learner hal = data.learner("Hal");
            data.assign(hal, data2, start, first.plusDays(2));
            ReminderData.Learner pat = data.manager("Pat");
            List<ReminderData.Learner> everyone = List.of(ana, ben, cleo, dev, eve, fay, gil, hal, pat);

            // Hal chooses a weekly digest on his account page; a made-up choice is refused there.
            SignInSession halSession = SignInSession.signIn(new Http(base).application(), hal.email(), DemoAccounts.PASSWORD);
            Document profile = halSession.get("account/profile.xhtml").html();
            assertThat(profile.select("input[type=radio][value=EACH]").hasAttr("checked")).as("the default").isTrue();
            Response madeUp = halSession.submit(profile, "reminders", "submit", Map.of("mode", "NEVER"));
            assertThat(madeUp.status()).isEqualTo(200);
            assertThat(data.modeOf(hal)).isEqualTo("EACH");
            Response weekly = halSession.submit(madeUp.html(), "reminders", "submit", Map.of("mode", "WEEKLY"));
            assertThat(weekly.html().text()).contains("Your reminders: A weekly digest.");
            assertThat(data.modeOf(hal)).isEqualTo("WEEKLY");

            Map<String, List<String>> received = new LinkedHashMap<>();
            everyone.forEach(l -> received.put(l.email(), new ArrayList<>()));
            Map<String, String> bodies = new LinkedHashMap<>();
            Map<String, String> unsubscribeLinks = new LinkedHashMap<>();
            SignInSession admin = admin();
            SignInSession secondAdmin = admin();
            // GreenMail lists its messages mailbox by mailbox, not in arrival order: new ones are told by their Message-ID.
            Set<String> seen = new HashSet<>();
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                seen.add(message.getMessageID());
            }
            for (int day = 0; day < DAYS; day++) {
                LocalDate today = first.plusDays(day);
                Instant now = morning(today);
                if (day == 20) {
                    data.complete(ben, fire, now.minusSeconds(7200));
                }
                if (day == 50) {
                    devsItem = data.assign(dev, fire, now.minusSeconds(3600), first.plusDays(57));
                }
                if (day == 66) {
                    data.withdraw(devsItem, now.minusSeconds(3600));
                }
                Map<String, String> at = Map.of("now", now.toString());
                if (day == 0 || day == 31 || day == 86) {
                    CompletableFuture<Response> one = CompletableFuture.supplyAsync(() -> admin.post("test-fixtures/reminders/run", at));
                    CompletableFuture<Response> two = CompletableFuture.supplyAsync(() -> secondAdmin.post("test-fixtures/reminders/run", at));
                    assertThat(one.get().status()).as(one.get().body()).isEqualTo(200);
                    assertThat(two.get().status()).as(two.get().body()).isEqualTo(200);
                    assertThat(one.get().body().split(" ")[3]).as("failed in one pass").isEqualTo("0");
                    assertThat(two.get().body().split(" ")[3]).as("failed in the other pass").isEqualTo("0");
                }
                Response run = admin.post("test-fixtures/reminders/run", at);
                assertThat(run.status()).as(run.body()).isEqualTo(200);
                assertThat(run.body().split(" ")[3]).as("failed").isEqualTo("0");
                Response delivered = admin.post("test-fixtures/outbox/deliver", Map.of());
                assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
                for (MimeMessage message : MAIL.getReceivedMessages()) {
                    if (!seen.add(message.getMessageID())) {
                        continue;
                    }
                    String to = message.getRecipients(Message.RecipientType.TO)[0].toString().toLowerCase();
                    if (received.containsKey(to)) {
                        received.get(to).add(day + ": " + message.getSubject());
                        bodies.put(to + " " + day, message.getContent().toString());
                        String[] unsubscribe = message.getHeader("List-Unsubscribe");
                        if (unsubscribe != null) {
                            unsubscribeLinks.put(to + " " + day, unsubscribe[0]);
                            assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
                        }
                    }
                }
                if (day == 0) {
                    unsubscribeInOneClick(data, gil, unsubscribeLinks.get(gil.email() + " 0"));
                }
            }

            assertThat(received.get(ana.email())).containsExactly(
                    "0: Training assigned to you: " + t1,
                    "16: Training due soon: " + t1,
                    "30: Training due today: " + t1,
                    "31: Training overdue: " + t1,
                    "38: Training overdue: " + t1,
                    "45: Training overdue: " + t1,
                    "52: Training overdue: " + t1);
            assertThat(received.get(ben.email())).as("done on day 20: the reminders stop").containsExactly(
                    "0: Training assigned to you: " + t1,
                    "16: Training due soon: " + t1);
            assertThat(received.get(cleo.email())).as("two items, one mail a day").containsExactly(
                    "0: Training assigned to you: " + t2 + " and 1 more",
                    "9: Training due soon: " + t2,
                    "16: Training due soon: " + t1,
                    "23: Training due today: " + t2,
                    "24: Training overdue: " + t2,
                    "30: Training due today: " + t1,
                    "31: Training overdue: " + t2 + " and 1 more",
                    "38: Training overdue: " + t2 + " and 1 more",
                    "45: Training overdue: " + t2 + " and 1 more",
                    "52: Training overdue: " + t1);
            assertThat(received.get(dev.email())).as("assigned on day 50 a week before it is due; withdrawn on day 66")
                    .containsExactly(
                            "50: Training due soon: " + t1,
                            "57: Training due today: " + t1,
                            "58: Training overdue: " + t1,
                            "65: Training overdue: " + t1);
            assertThat(received.get(eve.email())).as("already done when assigned").isEmpty();
            assertThat(received.get(gil.email())).as("not mandatory, and unsubscribed on day 0")
                    .containsExactly("0: Training assigned to you: " + t1);
            List<String> halsMails = new ArrayList<>();
            for (int day = 0; day <= 2; day++) {
                if (first.plusDays(day).getDayOfWeek() == DayOfWeek.MONDAY) {
                    halsMails.add(day + ": Training " + (day == 2 ? "due today" : "due soon") + ": " + t2);
                }
            }
            halsMails.addAll(List.of("3: Training overdue: " + t2, "10: Training overdue: " + t2, "17: Training overdue: " + t2,
                    "24: Training overdue: " + t2));
            assertThat(received.get(hal.email())).as("weekly digest: only Mondays, but mandatory overdue notices on their day")
                    .containsExactlyElementsOf(halsMails);
            assertThat(unsubscribeLinks).as("a mandatory overdue notice cannot be switched off").doesNotContainKey(hal.email() + " 3")
                    .containsKey(ana.email() + " 0").doesNotContainKey(ana.email() + " 31");
            assertThat(received.get(fay.email())).containsExactly(
                    "0: Training assigned to you: " + t2,
                    "86: Training due soon: " + t2,
                    "100: Training due today: " + t2,
                    "101: Training overdue: " + t2,
                    "108: Training overdue: " + t2,
                    "115: Training overdue: " + t2);

            assertThat(bodies.get(cleo.email() + " 31")).contains("Dear Cleo,").containsSubsequence("Overdue:",
                    "- " + t2 + ": was due on " + AcademyCalendar.day(first.plusDays(23)) + " (8 days ago), mandatory",
                    "- " + t1 + ": was due on " + AcademyCalendar.day(first.plusDays(30)) + " (1 day ago), mandatory",
                    "/learning/my-learning.xhtml");
            assertThat(bodies.get(cleo.email() + " 0")).contains("newly assigned by Pat Manager");
            assertThat(bodies.get(dev.email() + " 50")).contains("- " + t1 + ": due on " + AcademyCalendar.day(first.plusDays(57))
                    + " (in 7 days), mandatory; newly assigned by Pat Manager");
            List<String> managersMails = new ArrayList<>();
            for (int day = 0; day < DAYS; day++) {
                LocalDate today = first.plusDays(day);
                boolean monday = today.getDayOfWeek() == DayOfWeek.MONDAY;
                long overdue = countOf(day >= 31, day >= 24, day >= 58 && day < 66, day >= 101, day >= 31, day >= 3);
                long dueSoon = countOf(day >= 16 && day <= 30, day >= 16 && day < 20, day >= 9 && day <= 30,
                        day >= 50 && day <= 57, day >= 86 && day <= 100, day >= 16 && day <= 30, day <= 2);
                if (monday && overdue + dueSoon > 0) {
                    managersMails.add(day + ": Weekly training digest, " + data.practiceName + ": " + overdue + " overdue, "
                            + dueSoon + " due soon");
                } else if (day == 33) {
                    managersMails.add("33: Escalated: Hal over 30 days overdue");
                } else if (day == 54) {
                    managersMails.add("54: Escalated: Cleo over 30 days overdue");
                } else if (day == 61) {
                    managersMails.add("61: Escalated: Ana and 2 more over 30 days overdue");
                }
            }
            assertThat(received.get(pat.email())).as("the manager: Monday digests and escalations, one mail a day")
                    .containsExactlyElementsOf(managersMails);
            int firstMondayAfter54 = 54 + (DayOfWeek.MONDAY.getValue() - first.plusDays(54).getDayOfWeek().getValue() + 7) % 7;
            String digestNaming = bodies.get(pat.email() + " " + firstMondayAfter54);
            assertThat(digestNaming).as("a digest after day 54").isNotNull();
            assertThat(digestNaming.substring(0, digestNaming.indexOf("have overdue training")))
                    .as("the escalated person is named in the next digest, before the overdue list")
                    .contains("Escalated").contains("- Cleo: " + t2 + ", due " + AcademyCalendar.day(first.plusDays(23)));
            assertThat(digestNaming).contains("/practice/matrix.xhtml?practice=" + data.practiceId + "&status=overdue-assignment")
                    .contains("/practice/matrix.xhtml?practice=" + data.practiceId + "&status=due-soon");
            if (first.plusDays(61).getDayOfWeek() != DayOfWeek.MONDAY) {
                assertThat(bodies.get(pat.email() + " 61")).containsSubsequence("more than 30 days overdue:",
                        "- Ana: " + t1 + ", due " + AcademyCalendar.day(first.plusDays(30)) + ", 31 days overdue",
                        "- Cleo: " + t1 + ", due " + AcademyCalendar.day(first.plusDays(30)) + ", 31 days overdue",
                        "/practice/matrix.xhtml?practice=" + data.practiceId + "&status=overdue");
            }
            assertThat(data.stagesSent(cleo, first)).containsExactly("0:ASSIGNED", "0:ASSIGNED", "9:DUE_SOON", "16:DUE_SOON",
                    "23:DUE_TODAY", "24:OVERDUE_1", "30:DUE_TODAY", "31:OVERDUE_1", "31:OVERDUE_2", "38:OVERDUE_2",
                    "38:OVERDUE_3", "45:OVERDUE_3", "45:OVERDUE_4", "52:OVERDUE_4");
            assertThat(Optional.of(data.stagesSent(eve, first))).contains(List.of());
        }
    }

    /**
     * The mail's unsubscribe address: opening it changes nothing and leads to a confirmation page;
     * a one-click POST (RFC 8058), without signing in, changes only that person's choice; an unknown
     * link is told so, with no error page.
     */
    private void unsubscribeInOneClick(ReminderData data, ReminderData.Learner learner, String header) throws Exception {
        assertThat(header).as("List-Unsubscribe of the mail to " + learner.name()).isNotNull().startsWith("<").endsWith(">");
        String link = header.substring(header.indexOf("reminders/unsubscribe?token="), header.length() - 1);
        SignInSession anonymous = new SignInSession(new Http(base).application());
        Response opened = anonymous.get(link);
        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.location()).hasValueSatisfying(l -> assertThat(l).contains("/account/unsubscribe.xhtml?token="));
        Document confirm = anonymous.get(opened.location().get().substring(opened.location().get().indexOf("account/"))).html();
        assertThat(confirm.text()).contains(learner.name() + ", stop reminders of training that is not mandatory?");
        assertThat(data.modeOf(learner)).as("opening the link changes nothing").isEqualTo("EACH");

        Response refused = anonymous.post("reminders/unsubscribe?token=not-a-token", Map.of("List-Unsubscribe", "One-Click"));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("not one of ours");
        Document unknown = anonymous.get("account/unsubscribe.xhtml?token=not-a-token").html();
        assertThat(unknown.text()).contains("This unsubscribe link is not one of ours");

        Response unsubscribed = anonymous.post(link, Map.of("List-Unsubscribe", "One-Click"));
        assertThat(unsubscribed.status()).as(unsubscribed.body()).isEqualTo(200);
        assertThat(data.modeOf(learner)).isEqualTo("MANDATORY_OVERDUE_ONLY");
        assertThat(anonymous.post(link, Map.of("List-Unsubscribe", "One-Click")).status()).as("again: the same").isEqualTo(200);
    }

    private static long countOf(boolean... people) {
        long count = 0;
        for (boolean person : people) {
            count += person ? 1 : 0;
        }
        return count;
    }

    @Test
    void aLearnersPrivateCalendarHoldsOnlyTheirOwnDueDaysAndItsAddressIsRenewedAndTurnedOff() throws Exception {
        LocalDate first = AcademyCalendar.dayOf(Instant.now());
        Instant yesterday = Instant.now().minusSeconds(86_400);
        try (ReminderData data = new ReminderData()) {
            List<ReminderData.Module> modules = data.modules(2);
            ReminderData.Learner ivy = data.learner("Ivy");
            data.assign(ivy, modules.get(0), yesterday, first.plusDays(40));
            data.assign(ivy, modules.get(1), yesterday, first.plusDays(50), false);
            ReminderData.Learner jon = data.learner("Jon");
            data.assign(jon, modules.get(1), yesterday, first.plusDays(45));

            SignInSession session = SignInSession.signIn(new Http(base).application(), ivy.email(), DemoAccounts.PASSWORD);
            Document profile = session.get("account/profile.xhtml").html();
            assertThat(profile.getElementById("calendar-address")).isNull();
            Document made = session.submit(profile, "calendar", "renew", Map.of()).html();
            String address = made.getElementById("calendar-address").text();
            assertThat(address).matches("https?://\\S+/calendar/[A-Za-z0-9_-]{43}\\.ics");
            String path = address.substring(address.indexOf("calendar/"));

            Http anyone = new Http(base);
            Http.Answer feed = anyone.get(path);
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.contentType()).startsWith("text/calendar");
            String ics = feed.body();
            assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
            String unfolded = ics.replace("\r\n ", "");
            assertThat(unfolded).contains("DTSTART;VALUE=DATE:" + first.plusDays(40).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                    "DTSTART;VALUE=DATE:" + first.plusDays(50).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                    "SUMMARY:Training due: " + modules.get(0).title().replace(",", "\\,").replace(";", "\\;") + " (mandatory)")
                    .doesNotContain(first.plusDays(45).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
            assertThat(unfolded.split("BEGIN:VEVENT", -1)).as("Ivy's two items only").hasSize(3);

            Document renewed = session.submit(session.get("account/profile.xhtml").html(), "calendar", "renew", Map.of()).html();
            String second = renewed.getElementById("calendar-address").text();
            String secondPath = second.substring(second.indexOf("calendar/"));
            assertThat(secondPath).isNotEqualTo(path);
            Http.Answer old = anyone.get(path);
            assertThat(old.status()).as("the old address stops working").isEqualTo(404);
            assertThat(old.body()).contains("This calendar address is not valid");
            assertThat(anyone.get(secondPath).status()).isEqualTo(200);

            Document page = session.get("account/profile.xhtml").html();
            assertThat(page.getElementById("calendar-address")).as("shown only once").isNull();
            assertThat(page.getElementById("calendar-made")).isNotNull();
            Response off = session.submit(page, "calendar", "revoke", Map.of());
            assertThat(off.html().text()).contains("Your calendar address is turned off.");
            assertThat(anyone.get(secondPath).status()).isEqualTo(404);
            assertThat(anyone.get("calendar/not-a-secret.ics").status()).isEqualTo(404);
            assertThat(anyone.get("calendar/").status()).isEqualTo(404);
        }
    }

    @Test
    void onlyAnAdministratorRunsThePassNow() {
        SignInSession admin = admin();
        Response run = admin.postJson("api/v1/admin/reminders", "{}", Map.of());
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.body()).contains("\"mails\"").contains("\"failed\":0");
    }
}
