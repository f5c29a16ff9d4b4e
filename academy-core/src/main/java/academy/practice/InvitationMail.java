package academy.practice;

/**
 * The words of the mail that invites someone to join a practice. Staff are told the job role they
 * are invited into; a patient participation group member is a volunteer, never told about a job role.
 */
final class InvitationMail {

    private InvitationMail() {
    }

    static String subject(String practiceName) {
        return "You're invited to join " + practiceName + " on the Academy";
    }

    /**
     * @param hasAccount whether the address already belongs to an Academy account (then: sign in first)
     */
    static String body(String inviter, String practiceName, String name, JobRole jobRole, String link, boolean hasAccount) {
        String invited = jobRole.isStaff()
                ? inviter + " has invited you to join " + practiceName + " on the Academy (your role: " + jobRole.label() + ")."
                : inviter + " has invited you to join the patient participation group of " + practiceName + " on the Academy.";
        String about = jobRole.isStaff()
                ? "The Academy has short training modules for everyone in the practice."
                : "The Academy has short courses for patient participation group members, to help other patients go online.";
        return String.join("\n",
                "Hello " + name + ",",
                "",
                invited,
                about,
                "",
                "To accept, open this link within the next 7 days:",
                "",
                link,
                "",
                hasAccount
                        ? "You already have an Academy account: sign in first, then open the link."
                        : "You will choose a password when you accept.",
                "The link works once. If you were not expecting this, you can ignore this email.",
                "",
                "The Academy team");
    }
}
