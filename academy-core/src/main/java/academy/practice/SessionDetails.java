package academy.practice;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import academy.shared.InvalidRequestException;

/**
 * What a manager records about a patient upskilling session. Aggregate numbers only: there is no
 * field for a patient's name or any other patient detail, on purpose.
 *
 * @param topicText      optional words about the topic (required in spirit for {@link SessionTopic#OTHER}), up to 200 characters
 * @param attendees      patients who came, 1..500
 * @param onlineSignUps  of them, how many signed up for online access on the day, 0..attendees
 * @param runBy          who ran it, at least one
 */
public record SessionDetails(LocalDate heldOn, SessionTopic topic, Optional<String> topicText,
                             Optional<ConditionFocus> conditionFocus, int attendees, int onlineSignUps,
                             Set<SessionRunner> runBy) {

    public static final int MAX_ATTENDEES = 500;
    static final int MAX_TOPIC_TEXT = 200;

    public SessionDetails {
        topicText = Objects.requireNonNullElse(topicText, Optional.<String>empty())
                .map(String::strip).filter(t -> !t.isEmpty());
        conditionFocus = Objects.requireNonNullElse(conditionFocus, Optional.empty());
        runBy = runBy == null || runBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(runBy));
    }

    /**
     * @throws InvalidRequestException naming the first thing wrong
     */
    public SessionDetails requireValid(LocalDate today) {
        if (heldOn == null) {
            throw new InvalidRequestException("Please give the date of the session.");
        }
        if (heldOn.isAfter(today)) {
            throw new InvalidRequestException("The session date cannot be in the future.");
        }
        if (topic == null) {
            throw new InvalidRequestException("Please choose what the session was about.");
        }
        if (topicText.isPresent() && topicText.get().length() > MAX_TOPIC_TEXT) {
            throw new InvalidRequestException("Describe the topic in at most " + MAX_TOPIC_TEXT + " characters.");
        }
        if (attendees < 1 || attendees > MAX_ATTENDEES) {
            throw new InvalidRequestException("The number of attendees must be between 1 and " + MAX_ATTENDEES + ".");
        }
        if (onlineSignUps < 0) {
            throw new InvalidRequestException("Online access sign-ups cannot be negative.");
        }
        if (onlineSignUps > attendees) {
            throw new InvalidRequestException("There cannot be more online access sign-ups (" + onlineSignUps
                    + ") than attendees (" + attendees + ").");
        }
        if (runBy.isEmpty()) {
            throw new InvalidRequestException("Please say who ran the session.");
        }
        return this;
    }
}
