package academy.web.learning;

import jakarta.enterprise.context.RequestScoped;
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

    public void load() {
        int number = Pages.wholeNumber(page).filter(p -> p >= 0).orElse(0);
        mine = learning.myLearning(currentUser.actor());
        history = learning.completionHistory(currentUser.actor(), new PageRequest(number, HISTORY_PAGE_SIZE));
    }

    public boolean isPreviousPage() {
        return history.pageNumber() > 0;
    }

    public boolean isNextPage() {
        return history.pageNumber() + 1 < history.pageCount();
    }

    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public MyLearning getMine() { return mine; }
    public Page<Completion> getHistory() { return history; }
}
