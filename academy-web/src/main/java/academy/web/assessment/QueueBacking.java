package academy.web.assessment;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.web.faces.Messages;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * The assessor queue ({@code /assessment/queue.xhtml?status=&level=&assigned=&q=&page=}): open
 * applications oldest first, a page at a time from the database, never one of a practice the assessor
 * has a conflict with (the service leaves them out). Filters and page travel in the address.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

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
    private String page = "";
    private QueueFilter filter = QueueFilter.OPEN;
    private transient List<SchemeLevel> levels;
    private transient Page<KiteMarkApplication> applications;

    /** Applies the filters typed; an unknown choice counts as "any". */
    public void filter() {
        Optional<ApplicationStatus> chosen = Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equals(status)).findFirst();
        QueueFilter.Assigned whose = Arrays.stream(QueueFilter.Assigned.values()).filter(a -> a.name().equals(assigned))
                .findFirst().orElse(QueueFilter.Assigned.ANY);
        filter = new QueueFilter(chosen, Optional.ofNullable(level), whose, Optional.ofNullable(search));
    }

    /** This page of the queue (the first when the number asked for is not one). */
    public Page<KiteMarkApplication> getApplications() {
        if (applications == null) {
            int number = Pages.wholeNumber(page).filter(n -> n >= 1).orElse(1);
            applications = queue.queue(currentUser.actor(), filter, new PageRequest(number - 1, PAGE_SIZE));
        }
        return applications;
    }

    /** The address of another page of the queue with the same filters, from the context root; empty when there is none. */
    public String pageHref(int number) {
        if (number < 1 || number > getApplications().pageCount()) {
            return "";
        }
        return "/assessment/queue.xhtml?status=" + encoded(status) + "&level=" + encoded(level) + "&assigned="
                + encoded(assigned) + "&q=" + encoded(search) + "&page=" + number;
    }

    public String pageLabel(int number) {
        return "Page " + number + " of " + getApplications().pageCount();
    }

    public int getCurrentPage() {
        return getApplications().pageNumber() + 1;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    public void take(long applicationId) {
        Messages.attempt(() -> {
            KiteMarkApplication taken = queue.take(currentUser.actor(), applicationId);
            return "You have taken the application of " + taken.practice().name() + " for " + taken.levelTitle()
                    + ". Open it to review the criteria.";
        });
        applications = null;
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

    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getAssigned() { return assigned; }
    public void setAssigned(String assigned) { this.assigned = assigned; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
