package academy.web.practice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.ModuleVersion;
import academy.learning.Completion;
import academy.learning.FaceToFace;
import academy.practice.Membership;
import academy.shared.time.AcademyCalendar;
import academy.web.faces.Messages;

/**
 * Recording staff attendance at an in-practice training session
 * ({@code /practice/face-to-face.xhtml?practice=<id>}): a module that allows face-to-face
 * completion, the day it was held, the staff who came. Each attendee gets a completion, audited.
 */
@Named
@ViewScoped
public class FaceToFaceBacking extends PracticePage {

    private static final long serialVersionUID = 1L;

    @Inject
    FaceToFace faceToFace;

    @Inject
    java.time.Clock clock;

    private String module;
    private LocalDate heldOn;
    private List<String> attendees = new ArrayList<>();

    private transient List<ModuleVersion> modules;
    private transient List<Membership> members;

    public void record() {
        if (heldOn == null) {
            Messages.error("Enter the date of the session.");
            return;
        }
        LocalDate day = heldOn;
        Set<Long> ids = new HashSet<>();
        for (String id : attendees == null ? List.<String>of() : attendees) {
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException notAnId) {
                Messages.error("Please choose the attendees from the list.");
                return;
            }
        }
        if (Messages.attempt(() -> {
            List<Completion> done = faceToFace.recordAttendance(actor(), practiceId(), module, day, ids);
            String title = getModules().stream().filter(v -> v.slug().equals(module)).map(ModuleVersion::title)
                    .findFirst().orElse(module);
            return "Recorded: " + done.size() + (done.size() == 1 ? " person" : " people") + " completed \"" + title
                    + "\" at the session on " + AcademyCalendar.day(day) + ".";
        })) {
            attendees = new ArrayList<>();
        }
    }

    public List<ModuleVersion> getModules() {
        if (modules == null) {
            modules = faceToFace.modules();
        }
        return modules;
    }

    public List<Membership> getMembers() {
        if (members == null) {
            members = faceToFace.attendable(actor(), practiceId());
        }
        return members;
    }

    /** Today in London, the latest day a session can have been held (the date field's limit). */
    public LocalDate getToday() {
        return AcademyCalendar.dayOf(clock.instant());
    }

    public String getModule() { return module; }
    public void setModule(String module) { this.module = module; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public List<String> getAttendees() { return attendees; }
    public void setAttendees(List<String> attendees) { this.attendees = attendees; }
}
