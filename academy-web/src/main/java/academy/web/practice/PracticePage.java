package academy.web.practice;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import academy.practice.Practice;
import academy.practice.Roster;
import academy.shared.Actor;
import academy.shared.NotFoundException;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * What every manager's page about one practice shares: it takes {@code ?practice=<id>}, falls back
 * to the only practice the person manages, and otherwise offers a choice. Another practice's id
 * is "not found" (the services' ownership rule), answered with 404.
 */
public abstract class PracticePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Roster roster;

    @Inject
    CurrentUser currentUser;

    private String practiceParam;
    private Long practiceId;

    // Entities are re-read when needed; never serialised with the view.
    private transient Practice practice;
    private transient List<Practice> managedPractices;

    /** Picks the practice: the one asked for, else the only one the person manages. */
    public void load() {
        if (practiceId != null) {
            return;
        }
        Optional<Integer> asked = Pages.wholeNumber(practiceParam);
        if (asked.isPresent()) {
            practiceId = asked.get().longValue();
        } else if (actor().managedPracticeIds().size() == 1) {
            practiceId = actor().managedPracticeIds().iterator().next();
        } else {
            return; // several practices (or an administrator): the page offers a choice
        }
        try {
            practice = read(practiceId);
            chosen();
        } catch (NotFoundException notYours) {
            practiceId = null;
            Pages.notFound(notYours.userMessage());
        }
    }

    /**
     * Reads the practice for the signed-in person; by default only its managers and administrators
     * may (pages open to more people override this with their service's own rule).
     *
     * @throws NotFoundException when the person may not see it
     */
    protected Practice read(long id) {
        return roster.practice(actor(), id);
    }

    /** Called once the practice is known and the person may manage it. */
    protected void chosen() {
        // nothing by default
    }

    public boolean isChosen() {
        return practiceId != null;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public Practice getPractice() {
        if (practice == null && practiceId != null) {
            practice = read(practiceId);
        }
        return practice;
    }

    /** The practices a manager of several can choose from. */
    public List<Practice> getManagedPractices() {
        if (managedPractices == null) {
            managedPractices = actor().managedPracticeIds().stream().sorted().map(id -> roster.practice(actor(), id)).toList();
        }
        return managedPractices;
    }

    /** Makes the next {@link #getPractice} read the practice afresh (after a change to it). */
    protected void forgetPractice() {
        practice = null;
    }

    protected long practiceId() {
        return practiceId;
    }

    protected Actor actor() {
        return currentUser.actor();
    }

    public String getPracticeParam() { return practiceParam; }
    public void setPracticeParam(String practiceParam) { this.practiceParam = practiceParam; }
}
