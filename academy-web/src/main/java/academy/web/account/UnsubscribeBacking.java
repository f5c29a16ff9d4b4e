package academy.web.account;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.learning.reminder.ReminderMode;
import academy.learning.reminder.ReminderPreferences;
import academy.web.faces.Messages;

/**
 * {@code /account/unsubscribe.xhtml?token=}: where the unsubscribe link of a reminder mail leads,
 * without signing in. Opening it changes nothing (mail scanners open links too); the person
 * confirms with a button. An unknown or incomplete link says so.
 */
@Named
@RequestScoped
public class UnsubscribeBacking {

    @Inject
    ReminderPreferences preferences;

    private String token;
    private Optional<ReminderPreferences.Unsubscribing> link;
    private boolean done;

    public Optional<ReminderPreferences.Unsubscribing> getLink() {
        if (link == null) {
            link = preferences.lookUp(token);
        }
        return link;
    }

    public boolean isKnown() {
        return getLink().isPresent();
    }

    public boolean isAlreadyOff() {
        return getLink().map(l -> l.mode() == ReminderMode.MANDATORY_OVERDUE_ONLY).orElse(false);
    }

    public void unsubscribe() {
        if (preferences.unsubscribe(token)) {
            done = true;
            link = null;
        } else {
            Messages.error("This unsubscribe link is not one of ours, or is incomplete. Nothing was changed.");
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isDone() {
        return done;
    }
}
