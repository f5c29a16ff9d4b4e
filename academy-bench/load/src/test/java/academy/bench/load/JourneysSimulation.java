package academy.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The academy's main journeys under load, as browsers would run them: learners sign in, browse the
 * catalogue, open a module, read a lesson and take its quiz (a Faces form: the view state and the
 * answer fields are read from the page); managers sign in and open the training matrix and the
 * readiness page. Every journey signs in as the next generated account, so many people are signed
 * in at once. Closed model: {@code bench.users} journeys run at any moment, each with think time
 * between steps, for {@code bench.load.seconds}, after {@code bench.ramp.seconds} of users arriving
 * (the suite leaves the ramp out of its figures).
 *
 * <p>Each step is a Gatling group (a form's POST and the redirect after it count together, as
 * the user waits for both); the suite reads the groups' times from simulation.log.
 *
 * <p>With {@code bench.users=1} it is the single-user run: one person at a time doing a learner's
 * journey and then a manager's, the reference the load figures are divided by.
 */
public class JourneysSimulation extends Simulation {

    private static final String VIEW_STATE = "input[name$='faces.ViewState']";

    private final String base = System.getProperty("bench.base", "http://127.0.0.1:18480/");
    private final int users = Integer.getInteger("bench.users", 100);
    private final Duration duration = Duration.ofSeconds(Long.getLong("bench.load.seconds", 300));
    private final Duration ramp = Duration.ofSeconds(Long.getLong("bench.ramp.seconds", 0));
    private final long thinkMillis = Long.getLong("bench.think.millis", 3000);
    private final String module = System.getProperty("bench.module", "online-access-registration");
    private final FeederBuilder<String> learners = csv(System.getProperty("bench.learners", "learners.csv")).circular();
    private final FeederBuilder<String> managers = csv(System.getProperty("bench.managers", "managers.csv")).circular();
    private final String origin = base.replaceFirst("/$", "");

    private final HttpProtocolBuilder protocol = http.baseUrl(base)
            .acceptHeader("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en-GB,en;q=0.8")
            .userAgentHeader("academy-bench (Gatling)")
            .disableCaching();

    /** Think time: half to one and a half times the configured pause, so users drift apart. */
    private ChainBuilder think() {
        return pause(Duration.ofMillis(thinkMillis / 2), Duration.ofMillis(thinkMillis * 3 / 2));
    }

    /** Signs in through the sign-in page's Faces form as the fed {@code email}. */
    private ChainBuilder signIn() {
        return exec(flushCookieJar()).exec(group("sign in").on(exec(http("sign-in page").get("signin.xhtml")
                        .check(form("#signin").saveAs("signinForm"))
                        .check(css("#signin input[type=email], #signin input[id$='email']", "name").saveAs("emailField"))
                        .check(css("#signin input[type=password]", "name").saveAs("passwordField"))
                        .check(css("#signin input[type=submit]", "name").saveAs("signinButton"))
                        .check(css("script[nonce]", "nonce").optional().saveAs("nonce")))
                .pause(Duration.ofMillis(thinkMillis / 2))
                .exec(http("sign in").post("signin.xhtml").header("Origin", origin)
                        .formParamMap(JourneysSimulation::signInFields)
                        .check(status().is(200))
                        // Signed in: the page we land on no longer offers the password field.
                        .check(css("input[type=password]").notExists()))));
    }

    private static Map<String, Object> signInFields(Session session) {
        Map<String, Object> fields = new LinkedHashMap<>(session.getMap("signinForm"));
        fields.put(session.getString("emailField"), session.getString("email"));
        fields.put(session.getString("passwordField"), session.getString("password"));
        fields.put(session.getString("signinButton"), "Sign in");
        if (session.contains("nonce")) {
            fields.put("primefaces.nonce", session.getString("nonce"));
        }
        return fields;
    }

    /** The module page with its "learn" form and which of its buttons (start, quiz) it offers. */
    private ChainBuilder openModule(String name) {
        return exec(session -> session.remove("startButton").remove("quizButton"))
                .exec(http(name).get("catalogue/module.xhtml?slug=" + module)
                        .check(status().is(200))
                        .check(form("#learn").saveAs("learnForm"))
                        .check(css("#learn input[type=submit][id$='start']", "name").optional().saveAs("startButton"))
                        .check(css("#learn input[type=submit][id$='quiz']", "name").optional().saveAs("quizButton")));
    }

    private ChainBuilder learnerJourney() {
        return exec(flushCookieJar()).feed(learners)
                .exec(signIn()).exec(think())
                .exec(group("browse the catalogue").on(
                        exec(http("catalogue").get("catalogue/index.xhtml").check(status().is(200)))))
                .exec(think())
                .exec(group("open a module").on(openModule("module page")))
                .exec(think())
                .exec(group("read a lesson").on(
                        exec(http("lesson").get("catalogue/lesson.xhtml?slug=" + module + "&n=1").check(status().is(200)))))
                .exec(think())
                // A learner who has not started the module starts it first: only then is the quiz offered.
                .doIf(session -> session.contains("startButton") && !session.contains("quizButton")).then(group("start the module").on(
                        exec(http("start").post("catalogue/module.xhtml").header("Origin", origin)
                                        .formParamMap(session -> pressed(session, "learnForm", "startButton"))
                                        .check(status().is(200)))
                                .exec(openModule("module page again"))))
                .exec(group("open the quiz").on(exec(http("quiz").post("catalogue/module.xhtml").header("Origin", origin)
                        .formParamMap(session -> pressed(session, "learnForm", "quizButton"))
                        .check(status().is(200))
                        .check(form("#quiz").saveAs("quizForm"))
                        .check(css("#quiz", "action").saveAs("quizAction"))
                        .check(css(VIEW_STATE, "value").exists())
                        .check(css("#quiz input[type=radio], #quiz input[type=checkbox]", "name").findAll().saveAs("answerNames"))
                        .check(css("#quiz input[type=submit]", "name").saveAs("quizSubmit")))))
                .exec(think())
                .exec(group("submit the quiz").on(exec(http("answers").post("#{quizAction}").header("Origin", origin)
                        .formParamMap(JourneysSimulation::answers)
                        .check(status().is(200))
                        // Answered: the quiz form (a Faces message would keep us on it) is gone.
                        .check(css("#quiz input[type=radio], #quiz input[type=checkbox]").notExists()))));
    }

    /** The form's fields as the page gave them, with one of its buttons pressed. */
    private static Map<String, Object> pressed(Session session, String formKey, String buttonKey) {
        Map<String, Object> fields = new LinkedHashMap<>(session.getMap(formKey));
        fields.keySet().removeIf(name -> name.endsWith(":start") || name.endsWith(":quiz"));
        String button = session.contains(buttonKey) ? session.getString(buttonKey) : "learn:quiz";
        fields.put(button, button);
        if (session.contains("nonce")) {
            fields.put("primefaces.nonce", session.getString("nonce"));
        }
        return fields;
    }

    /** Every question answered with its first option; the field names come from the page. */
    private static Map<String, Object> answers(Session session) {
        Map<String, Object> fields = new LinkedHashMap<>(session.getMap("quizForm"));
        List<String> names = session.getList("answerNames");
        for (String name : new LinkedHashSet<>(names)) {
            fields.put(name, "0");
        }
        fields.put(session.getString("quizSubmit"), "Submit my answers");
        if (session.contains("nonce")) {
            fields.put("primefaces.nonce", session.getString("nonce"));
        }
        return fields;
    }

    private ChainBuilder managerJourney() {
        return exec(flushCookieJar()).feed(managers)
                .exec(signIn()).exec(think())
                .exec(group("training matrix").on(exec(http("matrix").get("practice/matrix.xhtml").check(status().is(200))
                        .check(css("#matrix").exists()))))
                .exec(think())
                .exec(group("readiness").on(exec(http("readiness page").get("accreditation/readiness.xhtml")
                        .check(status().is(200)).check(css("#levels").exists()))));
    }

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        if (users <= 1) {
            ScenarioBuilder single = scenario("single user").exec(learnerJourney()).exec(managerJourney());
            populations.add(single.injectClosed(constantConcurrentUsers(1).during(duration)));
        } else {
            // Most people in a practice are learners; about one in ten journeys is a manager's.
            int managerUsers = Math.max(1, Math.round(users / 10f));
            populations.add(scenario("learners").exec(learnerJourney()).injectClosed(
                    rampConcurrentUsers(0).to(users - managerUsers).during(ramp),
                    constantConcurrentUsers(users - managerUsers).during(duration)));
            populations.add(scenario("managers").exec(managerJourney()).injectClosed(
                    rampConcurrentUsers(0).to(managerUsers).during(ramp),
                    constantConcurrentUsers(managerUsers).during(duration)));
        }
        setUp(populations).protocols(protocol);
    }
}
