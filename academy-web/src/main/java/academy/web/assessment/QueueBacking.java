package academy.web.assessment;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.accreditation.application.Accreditation;
import academy.accreditation.application.ApplicationStatus;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.assessment.AssessorQueue;
import academy.accreditation.assessment.QueueFilter;
import academy.accreditation.scheme.SchemeLevel;
import academy.web.faces.Messages;
import academy.web.paging.PagedModel;
import academy.web.security.CurrentUser;

/**
 * The assessor queue ({@code /assessment/queue.xhtml}): open applications oldest first, paged in
 * the database, never one of a practice the assessor has a conflict with (the service leaves them out).
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessorQueue queue;

    @Inject
    Accreditation accreditation;

    @Inject
    CurrentUser currentUser;

    private String status = "";
    private String level = "";
    private String assigned = QueueFilter.Assigned.ANY.name();
    private String search = "";
    private QueueFilter filter = QueueFilter.OPEN;
    private transient List<SchemeLevel> levels;

    private final PagedModel<KiteMarkApplication> applications = new PagedModel<>(
            page -> queue.queue(currentUser.actor(), filter, page), KiteMarkApplication::id);

    /** Applies the filters typed; an unknown choice counts as "any". */
    public void filter() {
        Optional<ApplicationStatus> chosen = Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equals(status)).findFirst();
        QueueFilter.Assigned whose = Arrays.stream(QueueFilter.Assigned.values()).filter(a -> a.name().equals(assigned))
                .findFirst().orElse(QueueFilter.Assigned.ANY);
        filter = new QueueFilter(chosen, Optional.ofNullable(level), whose, Optional.ofNullable(search));
    }

    public void take(long applicationId) {
        Messages.attempt(() -> {
            KiteMarkApplication taken = queue.take(currentUser.actor(), applicationId);
            return "You have taken the application of " + taken.practice().name() + " for " + taken.levelTitle()
                    + ". Open it to review the criteria.";
        });
    }

    public boolean mayTake(KiteMarkApplication application) {
        return currentUser.actor().isAssessor() && application.assessor().isEmpty() && application.status().isOpen();
    }

    public List<ApplicationStatus> getStatuses() {
        return List.of(ApplicationStatus.values());
    }

    public List<SchemeLevel> getLevels() {
        if (levels == null) {
            levels = accreditation.findCurrentScheme().map(s -> List.copyOf(s.levels())).orElse(List.of());
        }
        return levels;
    }

    public PagedModel<KiteMarkApplication> getApplications() { return applications; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getAssigned() { return assigned; }
    public void setAssigned(String assigned) { this.assigned = assigned; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
