package academy.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.PasswordPolicy;
import academy.account.Person;
import academy.account.Profile;
import academy.learning.reminder.CalendarFeeds;
import academy.learning.reminder.ReminderMode;
import academy.learning.reminder.ReminderPreferences;
import academy.web.faces.Messages;
import academy.web.security.CurrentUser;

/**
 * {@code /account/profile.xhtml}: the signed-in person's name, email address and password. The
 * address and the password change only with the current password; a new address counts only once
 * the link mailed to it is followed. How they are reminded of assigned training, and their private calendar address.
 */
@Named
@RequestScoped
public class ProfileBacking {

    @Inject
    Profile profile;

    @Inject
    PasswordPolicy policy;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReminderPreferences reminders;

    @Inject
    CalendarFeeds calendar;

    private Person me;
    private String displayName;
    private String newEmail;
    private String currentPassword;
    private String password;
    private String reminderMode;
    private String calendarAddress;
    private java.util.Optional<java.time.Instant> calendarMadeAt;

    public Person getMe() {
        if (me == null) {
            me = profile.me(currentUser.actor());
        }
        return me;
    }

    public void rename() {
        me = profile.rename(currentUser.actor(), displayName);
        say("Your name is now " + me.displayName() + ".");
    }

    public void changeEmail() {
        profile.requestEmailChange(currentUser.actor(), newEmail, currentPassword);
        currentPassword = null;
        say("We have emailed a link to " + newEmail.strip() + ". Your address changes when you open it; "
                + "until then, keep signing in with your current address.");
    }

    public void changePassword() {
        profile.changePassword(currentUser.actor(), currentPassword, password);
        currentPassword = null;
        password = null;
        say("Your password has been changed.");
    }

    public void chooseReminders() {
        ReminderMode chosen = java.util.Arrays.stream(ReminderMode.values()).filter(m -> m.name().equals(reminderMode))
                .findFirst().orElse(null);
        if (chosen == null) {
            Messages.errorOn("reminders:mode", "Choose how you want to be reminded.");
            return;
        }
        reminders.choose(currentUser.actor(), chosen);
        say("Your reminders: " + chosen.label() + ".");
    }

    public String getReminderMode() {
        return reminderMode == null ? reminders.modeOf(currentUser.actor()).name() : reminderMode;
    }

    public void setReminderMode(String reminderMode) {
        this.reminderMode = reminderMode;
    }

    public java.util.List<ReminderMode> getReminderModes() {
        return java.util.List.of(ReminderMode.values());
    }

    public void renewCalendar() {
        calendarAddress = calendar.renew(currentUser.actor());
        calendarMadeAt = null;
        say("Your calendar address is ready. Any address you made before no longer works.");
    }

    public void revokeCalendar() {
        calendarMadeAt = null;
        say(calendar.revoke(currentUser.actor()) ? "Your calendar address is turned off." : "You have no calendar address.");
    }

    /** The whole address, only in the response to making it (only its hash is stored). */
    public String getCalendarAddress() {
        return calendarAddress;
    }

    public java.util.Optional<java.time.Instant> getCalendarMadeAt() {
        if (calendarMadeAt == null) {
            calendarMadeAt = calendar.madeAt(currentUser.actor());
        }
        return calendarMadeAt;
    }

    public String getPasswordFeedback() {
        return PasswordFeedback.about(policy, password, getMe().displayName(), getMe().email());
    }

    private static void say(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public String getDisplayName() {
        return displayName == null ? getMe().displayName() : displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
