package academy.web.faces;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * An action that waits for a yes: a change that cannot simply be undone (archiving a practice,
 * suspending an account, revoking a certificate) first shows what it will do and asks, instead of
 * acting on one press. A view-scoped backing bean keeps the one it is asking about and, on "yes",
 * carries out {@code action} on {@code subject}; the page shows only the question meanwhile
 * ({@code /WEB-INF/includes/confirmation.xhtml}).
 *
 * @param heading  what is being done, e.g. "Archive a practice"
 * @param question the question in full, naming what it is done to and what follows
 * @param yes      the label of the button that does it, e.g. "Yes, archive"
 * @param action   which of the bean's actions to carry out
 * @param subject  the record it is done to
 * @param detail   a second value the action needs (a role, a serial), or empty
 */
public record Confirmation(String heading, String question, String yes, String action, long subject, String detail)
        implements Serializable {

    public Confirmation {
        Objects.requireNonNull(heading);
        Objects.requireNonNull(question);
        Objects.requireNonNull(yes);
        Objects.requireNonNull(action);
        detail = detail == null ? "" : detail;
    }

    public static Confirmation of(String heading, String question, String yes, String action, long subject) {
        return new Confirmation(heading, question, yes, action, subject, "");
    }

    public boolean is(String name) {
        return action.equals(name);
    }

    /**
     * The one confirmation a view-scoped bean is asking about, if any: {@link #ask} shows the question,
     * {@link #take} hands it to "yes" once (a second "yes", or one from a stale page, finds none), and
     * {@link #cancel} drops it.
     */
    public static final class Pending implements Serializable {

        private static final long serialVersionUID = 1L;

        private Confirmation asked;

        public void ask(Confirmation confirmation) {
            asked = Objects.requireNonNull(confirmation);
        }

        /** The confirmation asked about, now no longer pending; empty when none was. */
        public Optional<Confirmation> take() {
            Optional<Confirmation> taken = Optional.ofNullable(asked);
            asked = null;
            return taken;
        }

        public void cancel() {
            asked = null;
        }

        /** For the page ({@code rendered="#{not empty bean.pending}"}): the question shown, or null while none is. */
        public Confirmation shown() {
            return asked;
        }
    }
}
