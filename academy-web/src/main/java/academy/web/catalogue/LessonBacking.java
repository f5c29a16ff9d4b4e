package academy.web.catalogue;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.catalogue.Catalogue;
import academy.catalogue.Lesson;
import academy.catalogue.ModuleVersion;
import academy.web.Pages;

/** The lesson reader ({@code /catalogue/lesson.xhtml?slug=…&n=…}) with previous / next. */
@Named
@RequestScoped
public class LessonBacking {

    @Inject
    Catalogue catalogue;

    private String slug;
    private String n;
    private ModuleVersion module;
    private List<Lesson> lessons = List.of();
    private Lesson lesson;

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
    }

    public Optional<Lesson> getPrevious() {
        return lesson.number() > 1 ? Optional.of(lessons.get(lesson.number() - 2)) : Optional.empty();
    }

    public Optional<Lesson> getNext() {
        return lesson.number() < lessons.size() ? Optional.of(lessons.get(lesson.number())) : Optional.empty();
    }

    public int getProgressPercent() {
        return lessons.isEmpty() ? 0 : Math.round(100f * lesson.number() / lessons.size());
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getN() { return n; }
    public void setN(String n) { this.n = n; }
    public ModuleVersion getModule() { return module; }
    public List<Lesson> getLessons() { return lessons; }
    public Lesson getLesson() { return lesson; }
}
