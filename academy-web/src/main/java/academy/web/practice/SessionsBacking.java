package academy.web.practice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.practice.ConditionFocus;
import academy.practice.SessionDetails;
import academy.practice.SessionRunner;
import academy.practice.SessionTopic;
import academy.practice.UpskillingSession;
import academy.practice.UpskillingSessions;
import academy.shared.time.AcademyCalendar;
import academy.web.faces.Messages;
import academy.web.paging.PagedModel;

/**
 * A practice's patient upskilling sessions ({@code /practice/sessions.xhtml?practice=<id>}):
 * record one (aggregate numbers only, never a patient) and list them, newest first, paged in the
 * database.
 */
@Named
@ViewScoped
public class SessionsBacking extends PracticePage {

    private static final long serialVersionUID = 1L;

    /** More than this is not a number anyone types on purpose: refused before the service sees it. */
    static final int ABSURD = 1_000_000;

    @Inject
    UpskillingSessions sessions;

    private LocalDate heldOn;
    private String topic;
    private String topicText;
    private String condition;
    private String attendees;
    private String signUps;
    private List<String> runBy = new ArrayList<>();

    private PagedModel<UpskillingSession> list = newList();

    public void record() {
        Optional<SessionDetails> details = details();
        if (details.isEmpty()) {
            return;
        }
        if (Messages.attempt(() -> {
            UpskillingSession session = sessions.record(actor(), practiceId(), details.get());
            return "Session recorded: " + session.topic().label() + " on " + AcademyCalendar.day(session.heldOn()) + ", "
                    + session.attendees() + " attended, " + session.onlineSignUps() + " signed up for online access.";
        })) {
            heldOn = null;
            topic = null;
            topicText = null;
            condition = null;
            attendees = null;
            signUps = null;
            runBy = new ArrayList<>();
            list = newList();
        }
    }

    private Optional<SessionDetails> details() {
        LocalDate day = heldOn;
        Optional<Integer> attended = count(attendees, "the number of attendees");
        Optional<Integer> signedUp = count(signUps, "the number of online access sign-ups");
        if (attended.isEmpty() || signedUp.isEmpty()) {
            return Optional.empty();
        }
        Set<SessionRunner> runners = EnumSet.noneOf(SessionRunner.class);
        for (String runner : runBy == null ? List.<String>of() : runBy) {
            Arrays.stream(SessionRunner.values()).filter(r -> r.name().equals(runner)).findFirst().ifPresent(runners::add);
        }
        SessionTopic sessionTopic = Arrays.stream(SessionTopic.values()).filter(t -> t.name().equals(topic)).findFirst()
                .orElse(null);
        Optional<ConditionFocus> focus = Arrays.stream(ConditionFocus.values()).filter(c -> c.name().equals(condition))
                .findFirst();
        return Optional.of(new SessionDetails(day, sessionTopic, Optional.ofNullable(topicText), focus, attended.get(),
                signedUp.get(), runners));
    }

    /** A whole number typed into a field, or a message saying what is wrong with it. */
    static Optional<Integer> count(String text, String what) {
        String given = text == null ? "" : text.strip().replace(",", "");
        if (given.isEmpty()) {
            Messages.error("Please give " + what + ".");
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(given);
            if (value < 0) {
                Messages.error("The " + what.replaceFirst("^the ", "") + " cannot be negative.");
                return Optional.empty();
            }
            if (value > ABSURD) {
                Messages.error(given + " is not a believable figure for " + what + ".");
                return Optional.empty();
            }
            return Optional.of((int) value);
        } catch (NumberFormatException notANumber) {
            Messages.error("Please give " + what + " as a whole number, such as 12.");
            return Optional.empty();
        }
    }

    public List<SessionTopic> getTopics() { return Arrays.asList(SessionTopic.values()); }
    public List<ConditionFocus> getConditions() { return Arrays.asList(ConditionFocus.values()); }
    public List<SessionRunner> getRunners() { return Arrays.asList(SessionRunner.values()); }

    /** "Practice staff, PPG digital champions" */
    public String runners(UpskillingSession session) {
        return session.runBy().stream().sorted().map(SessionRunner::label).collect(Collectors.joining(", "));
    }

    public PagedModel<UpskillingSession> getList() {
        return list;
    }

    /** The practice's sessions, newest first, one page at a time from the database. */
    private PagedModel<UpskillingSession> newList() {
        return new PagedModel<>(request -> sessions.sessions(actor(), practiceId(), request), UpskillingSession::id);
    }

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getTopicText() { return topicText; }
    public void setTopicText(String topicText) { this.topicText = topicText; }
    public String getCondition() { return condition; }
    public void setCondition(String condition) { this.condition = condition; }
    public String getAttendees() { return attendees; }
    public void setAttendees(String attendees) { this.attendees = attendees; }
    public String getSignUps() { return signUps; }
    public void setSignUps(String signUps) { this.signUps = signUps; }
    public List<String> getRunBy() { return runBy; }
    public void setRunBy(List<String> runBy) { this.runBy = runBy; }
}
