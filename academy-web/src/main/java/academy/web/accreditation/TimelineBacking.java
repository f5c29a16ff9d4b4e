package academy.web.accreditation;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.accreditation.award.AwardLifecycle;
import academy.audit.AuditEntry;
import academy.practice.Practice;
import academy.practice.Practices;
import academy.shared.NotFoundException;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * The Timeline tab of a practice's kite-mark area ({@code /accreditation/timeline.xhtml?practice=<id>&page=<n>}):
 * every step from applying to appeals, oldest first, read from the audit trail a page at a time.
 */
@Named
@RequestScoped
public class TimelineBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    AwardLifecycle lifecycle;

    @Inject
    Practices practices;

    @Inject
    CurrentUser currentUser;

    private String practiceParam;
    private String page;
    private Practice practice;
    private Page<AuditEntry> entries = new Page<>(List.of(), 0, PAGE_SIZE, 0);

    public void load() {
        Long practiceId = Pages.wholeNumber(practiceParam).map(Integer::longValue)
                .or(() -> currentUser.actor().managedPracticeIds().size() == 1
                        ? currentUser.actor().managedPracticeIds().stream().findFirst() : java.util.Optional.empty())
                .orElse(null);
        if (practiceId == null) {
            Pages.notFound("Choose a practice first: open its kite mark and follow \u201cTimeline\u201d.");
            return;
        }
        int number = Pages.wholeNumber(page).filter(n -> n >= 1).orElse(1);
        try {
            entries = lifecycle.timeline(currentUser.actor(), practiceId, new PageRequest(number - 1, PAGE_SIZE));
            practice = practices.getPractice(practiceId);
        } catch (NotFoundException notYours) {
            Pages.notFound(notYours.userMessage());
        }
    }

    /** The step in words, from the action's name. */
    public String step(AuditEntry entry) {
        String code = entry.action().code();
        String name = code.substring(code.indexOf('.') + 1).replace('-', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public Practice getPractice() { return practice; }
    public Page<AuditEntry> getEntries() { return entries; }

    /** Managers and administrators see the practice's readiness and application tabs too. */
    public boolean isManagerView() {
        return practice != null && (currentUser.actor().manages(practice.id()) || currentUser.actor().isAdministrator());
    }

    /** The address of another page of the timeline, from the context root; empty when there is none. */
    public String pageHref(int number) {
        return number < 1 || number > entries.pageCount() ? ""
                : "/accreditation/timeline.xhtml?practice=" + practice.id() + "&page=" + number;
    }

    public String pageLabel(int number) {
        return "Page " + number + " of " + entries.pageCount();
    }

    public int getCurrentPage() { return entries.pageNumber() + 1; }
    public String getPracticeParam() { return practiceParam; }
    public void setPracticeParam(String practiceParam) { this.practiceParam = practiceParam; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
