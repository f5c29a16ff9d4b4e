package academy.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.learning.Completion;
import academy.learning.Learning;
import academy.learning.MyLearning;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * "My learning" ({@code /learning/my-learning.xhtml?page=…}): the learner's learning paths with the
 * status, progress and due date of every required module, what is overdue or due soon, modules in
 * progress, and their completions, newest first, a page at a time, each with its certificate.
 */
@Named
@RequestScoped
public class MyLearningBacking {

    static final int HISTORY_PAGE_SIZE = 10;

    @Inject
    Learning learning;

    @Inject
    CurrentUser currentUser;

    private String page;
    private MyLearning mine;
    private Page<Completion> history;
    private Page<academy.learning.assignment.AssignmentView> assignments;

    /** How many assignments the page lists, open ones by due day. */
    static final int ASSIGNMENTS_SHOWN = 20;

    @Inject
    academy.learning.assignment.Assignments assigned;

    public void load() {
        int number = Pages.wholeNumber(page).filter(p -> p >= 0).orElse(0);
        mine = learning.myLearning(currentUser.actor());
        history = learning.completionHistory(currentUser.actor(), new PageRequest(number, HISTORY_PAGE_SIZE));
        assignments = assigned.mine(currentUser.actor(), false, PageRequest.first(ASSIGNMENTS_SHOWN));
    }

    public boolean isPreviousPage() {
        return history.pageNumber() > 0;
    }

    public boolean isNextPage() {
        return history.pageNumber() + 1 < history.pageCount();
    }

    /** The address of the newer page of completions; null on the first page (the pager hides that side). */
    public String getNewerHref() {
        return isPreviousPage() ? historyPage(history.pageNumber() - 1) : null;
    }

    /** The address of the older page of completions; null on the last page. */
    public String getOlderHref() {
        return isNextPage() ? historyPage(history.pageNumber() + 1) : null;
    }

    private static String historyPage(int number) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/learning/my-learning.xhtml?page=" + number;
    }

    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public MyLearning getMine() { return mine; }
    public Page<Completion> getHistory() { return history; }
    public Page<academy.learning.assignment.AssignmentView> getAssignments() { return assignments; }
}
