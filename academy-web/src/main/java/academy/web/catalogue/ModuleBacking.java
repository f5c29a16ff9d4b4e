package academy.web.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.Audience;
import academy.catalogue.Catalogue;
import academy.catalogue.Lesson;
import academy.catalogue.ModuleVersion;
import academy.catalogue.Showcase;
import academy.learning.Learning;
import academy.learning.ModuleProgress;
import academy.learning.QuizAttempt;
import academy.learning.QuizAttempts;
import academy.shared.AcademyException;
import academy.web.faces.Messages;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * One module's page ({@code /catalogue/module.xhtml?slug=…}): what it is, its lessons, where it is
 * used; for a signed-in learner also their progress, and the buttons that start the module,
 * continue reading and start the quiz (POSTs that redirect).
 */
@Named
@RequestScoped
public class ModuleBacking {

    @Inject
    Catalogue catalogue;

    @Inject
    Learning learning;

    @Inject
    QuizAttempts attempts;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private ModuleVersion module;
    private List<Lesson> lessons = List.of();
    private List<Showcase> showcases = List.of();
    private Optional<ModuleProgress> progress = Optional.empty();

    /**
     * On a postback the learner's form is only processed if it is rendered, and whether it is
     * depends on the learner's progress; the page's view parameters reach this bean too late for
     * that, so the form carries them as hidden fields and the bean loads from those at once.
     */
    @PostConstruct
    void loadForPostback() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !faces.isPostback()) {
            return;
        }
        Map<String, String> request = faces.getExternalContext().getRequestParameterMap();
        slug = request.get("slug");
        if (slug != null && catalogue.findModule(slug.strip()).isPresent()) {
            load();
        }
    }

    public void load() {
        Optional<ModuleVersion> found = slug == null ? Optional.empty() : catalogue.findModule(slug.strip());
        if (found.isEmpty()) {
            Pages.notFound("We could not find that module. It may have been renamed or withdrawn.");
            return;
        }
        module = found.get();
        lessons = catalogue.lessonsOf(module);
        showcases = catalogue.showcasesFor(module.slug());
        progress = learning.findProgress(currentUser.actor(), module.slug());
    }

    /** Starts the module, or continues it: on to the first lesson not read yet. */
    public void start() {
        try {
            learning.start(currentUser.actor(), slug);
            int next = learning.progress(currentUser.actor(), slug).nextUnread().orElse(1);
            Pages.redirect("/catalogue/lesson.xhtml?slug=" + encode(slug) + "&n=" + next);
        } catch (AcademyException refused) {
            Messages.error(refused.userMessage());
            load();
        }
    }

    /** Starts a quiz attempt (or opens the one already open) and goes to it. */
    public void takeQuiz() {
        try {
            QuizAttempt attempt = attempts.startAttempt(currentUser.actor(), slug);
            Pages.redirect("/learning/quiz.xhtml?attempt=" + attempt.id());
        } catch (AcademyException refused) {
            Messages.error(refused.userMessage());
            load();
        }
    }

    /** Staff-only: a signed-in person without progress here (a PPG member) may read it, not take it. */
    public boolean isStaffOnly() {
        return module != null && module.audience() == Audience.STAFF;
    }

    public boolean hasRead(int lessonNumber) {
        return progress.map(p -> p.hasRead(lessonNumber)).orElse(false);
    }

    static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text.strip(), StandardCharsets.UTF_8);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public ModuleVersion getModule() { return module; }
    public List<Lesson> getLessons() { return lessons; }
    public List<Showcase> getShowcases() { return showcases; }
    public Optional<ModuleProgress> getProgress() { return progress; }
}
