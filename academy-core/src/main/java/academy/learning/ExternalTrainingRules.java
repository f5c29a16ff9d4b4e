package academy.learning;

import java.time.LocalDate;

import academy.shared.InvalidRequestException;
import academy.shared.RequiredText;
import academy.shared.time.AcademyCalendar;

/**
 * The rules for what a learner may record as training done elsewhere and for a manager's reason:
 * pure, so they are tested without a container. Every refusal is an {@link InvalidRequestException}
 * whose message says what to change.
 */
public final class ExternalTrainingRules {

    /** The earliest date training done elsewhere may carry: older training is no evidence of anything current. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final int MAX_PROVIDER = 200;
    public static final int MAX_TITLE = 200;
    public static final int MAX_REASON = 1000;

    private ExternalTrainingRules() {
    }

    /** @return the provider, stripped */
    public static String provider(String provider) {
        return RequiredText.require(provider, MAX_PROVIDER, "Enter who provided the training.",
                "The provider's name can be at most " + MAX_PROVIDER + " characters.");
    }

    /** @return the title, stripped */
    public static String title(String title) {
        return RequiredText.require(title, MAX_TITLE, "Enter the title of the training.",
                "The training's title can be at most " + MAX_TITLE + " characters.");
    }

    /**
     * The day the training was completed: a real day, from {@link #EARLIEST} to {@code today} (in the UK).
     *
     * @return the day
     */
    public static LocalDate completedOn(LocalDate day, LocalDate today) {
        if (day == null) {
            throw new InvalidRequestException("Enter the date you completed the training.");
        }
        if (day.isAfter(today)) {
            throw new InvalidRequestException("The date you completed the training must be today or in the past.");
        }
        if (day.isBefore(EARLIEST)) {
            throw new InvalidRequestException("The date you completed the training must be on or after "
                    + AcademyCalendar.day(EARLIEST) + ".");
        }
        return day;
    }

    /**
     * A manager's reason: required to turn a claim down, optional to approve it.
     *
     * @return the reason, stripped, or null for none
     */
    public static String reason(String reason, boolean approving) {
        if (approving && (reason == null || reason.isBlank())) {
            return null;
        }
        return RequiredText.require(reason, MAX_REASON, "Enter a reason for not accepting the training, so that the learner"
                + " knows what to do next.", "The reason can be at most " + MAX_REASON + " characters.");
    }
}
