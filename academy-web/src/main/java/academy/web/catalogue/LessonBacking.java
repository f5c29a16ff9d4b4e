package academy.web.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.Catalogue;
import academy.catalogue.Lesson;
import academy.catalogue.ModuleVersion;
import academy.learning.Learning;
import academy.learning.ModuleProgress;
import academy.shared.AcademyException;
import academy.web.faces.Messages;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * The lesson reader ({@code /catalogue/lesson.xhtml?slug=…&n=…}) with previous / next. A signed-in
 * learner also sees how many lessons they have read and marks this one read (a POST that
 * remembers it, confirms "Lesson marked as read" and goes on to the next lesson).
 */
@Named
@RequestScoped
public class LessonBacking {

    @Inject
    Catalogue catalogue;

    @Inject
    Learning learning;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private String n;
    private ModuleVersion module;
    private List<Lesson> lessons = List.of();
    private Lesson lesson;
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
        n = request.get("n");
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
        int number = Pages.wholeNumber(n).orElse(1);
        if (number < 1 || number > lessons.size()) {
            Pages.notFound("This module has lessons 1 to " + lessons.size() + "; there is no lesson " + n + ".");
            return;
        }
        lesson = lessons.get(number - 1);
        progress = learning.findProgress(currentUser.actor(), module.slug());
    }

    /** Remembers that the learner read this lesson; then the next lesson, or the module page after the last. */
    public void markRead() {
        int number = Pages.wholeNumber(n).orElse(0);
        try {
            ModuleProgress after = progressAfterReading(number);
            String encoded = ModuleBacking.encode(slug);
            // The confirmation travels with the redirect, so the next page says the lesson counted.
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("Lesson marked as read");
            if (number < after.lessonCount()) {
                Pages.redirect("/catalogue/lesson.xhtml?slug=" + encoded + "&n=" + (number + 1));
            } else {
                Pages.redirect("/catalogue/module.xhtml?slug=" + encoded);
            }
        } catch (AcademyException refused) {
            Messages.error(refused.userMessage());
            load();
        }
    }

    private ModuleProgress progressAfterReading(int number) {
        learning.readLesson(currentUser.actor(), slug, number);
        return learning.progress(currentUser.actor(), slug);
    }

    public Optional<Lesson> getPrevious() {
        return lesson.number() > 1 ? Optional.of(lessons.get(lesson.number() - 2)) : Optional.empty();
    }

    public Optional<Lesson> getNext() {
        return lesson.number() < lessons.size() ? Optional.of(lessons.get(lesson.number())) : Optional.empty();
    }

    /** The previous lesson's address for the pager; null on the first lesson (the pager hides that side). */
    public String getPreviousHref() {
        return getPrevious().map(this::address).orElse(null);
    }

    /** The next lesson's address for the pager; null on the last lesson. */
    public String getNextHref() {
        return getNext().map(this::address).orElse(null);
    }

    private String address(Lesson to) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/catalogue/lesson.xhtml?slug=" + ModuleBacking.encode(module.slug()) + "&n=" + to.number();
    }

    /** How far through the module: lessons read for a learner, else the position of this lesson. */
    public String getProgressText() {
        return progress.map(p -> p.readCount() + " of " + p.lessonCount() + " lessons read")
                .orElse("Lesson " + lesson.number() + " of " + lessons.size());
    }

    public boolean isRead() {
        return progress.map(p -> p.hasRead(lesson.number())).orElse(false);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getN() { return n; }
    public void setN(String n) { this.n = n; }
    public ModuleVersion getModule() { return module; }
    public List<Lesson> getLessons() { return lessons; }
    public Lesson getLesson() { return lesson; }
    public Optional<ModuleProgress> getProgress() { return progress; }
}
