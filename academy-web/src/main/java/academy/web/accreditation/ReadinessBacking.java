package academy.web.accreditation;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import academy.accreditation.application.Accreditation;
import academy.accreditation.application.KiteMarkApplication;
import academy.accreditation.readiness.CriterionReadiness;
import academy.accreditation.readiness.HelpLink;
import academy.accreditation.readiness.LevelReadiness;
import academy.accreditation.readiness.PracticeReadiness;
import academy.accreditation.scheme.SchemeLevel;
import academy.evidence.EvidenceFiles;
import academy.practice.Practice;
import academy.practice.Roster;
import academy.shared.Actor;
import academy.shared.NotFoundException;
import academy.web.evidence.ChosenFiles;
import academy.web.evidence.EvidenceUploads;
import academy.web.faces.Messages;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * The Readiness tab of a practice's kite-mark area ({@code /accreditation/readiness.xhtml?practice=<id>}):
 * what to do next, each level with whether the practice may apply (and why not), the criteria each
 * level adds with their status, what is missing and what helps, and the evidence statements the
 * manager gives, each with a link, a file or both (the file checked and
 * stored by the evidence store in the same transaction). The {@link Accreditation} service checks on every call
 * that the signed-in person manages the practice (or is an administrator).
 */
@Named
@ViewScoped
public class ReadinessBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accreditation accreditation;

    @Inject
    Roster roster;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    CurrentUser currentUser;

    private String practiceParam;
    private Long practiceId;

    // Counted again after every action; never serialised with the view.
    private transient PracticeReadiness readiness;
    private transient List<Practice> managedPractices;
    private transient Optional<KiteMarkApplication> openApplication;

    private transient List<NextSteps.Step> nextSteps;

    private final Map<String, String> statements = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();
    // Uploads live for one request only: the container deletes them, so they are never kept with the view.
    private transient Map<String, Part> files;

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
            readiness = accreditation.readiness(actor(), practiceId);
        } catch (NotFoundException notYours) {
            practiceId = null;
            Pages.notFound(notYours.userMessage());
        }
    }

    public boolean isChosen() {
        return practiceId != null;
    }

    /** The application with the assessors, if any. */
    public Optional<KiteMarkApplication> getOpenApplication() {
        if (openApplication == null) {
            openApplication = accreditation.findOpenApplication(actor(), practiceId);
        }
        return openApplication;
    }

    /** Applies for the level; the refusal names every criterion still to meet. */
    public void apply(String levelSlug) {
        Messages.attempt(() -> {
            KiteMarkApplication application = accreditation.apply(actor(), practiceId, levelSlug);
            return "Your application for " + application.levelTitle() + " is submitted, with "
                    + application.criteria().size() + " criteria recorded as they stand today. An assessor will review it.";
        });
        readiness = null;
        openApplication = null;
        nextSteps = null;
    }

    /** The practices a manager of several can choose from. */
    public List<Practice> getManagedPractices() {
        if (managedPractices == null) {
            managedPractices = actor().managedPracticeIds().stream().sorted().map(id -> roster.practice(actor(), id)).toList();
        }
        return managedPractices;
    }

    public PracticeReadiness getReadiness() {
        if (readiness == null && practiceId != null) {
            readiness = accreditation.readiness(actor(), practiceId);
        }
        return readiness;
    }

    /** The criteria a level adds to those of the levels below it. */
    public List<CriterionReadiness> ownCriteria(LevelReadiness level) {
        return level.criteria().stream().filter(c -> c.criterion().levelRank() == level.level().rank()).toList();
    }

    /** Whether "Apply" is offered: nothing with the assessors, and every criterion checked from the records met. */
    public boolean mayApply(LevelReadiness level) {
        return NextSteps.mayApply(level, openLevel());
    }

    /** Why the practice cannot apply for the level yet, in words; empty when it can. */
    public String whyNotApply(LevelReadiness level) {
        return NextSteps.whyNotApply(level, openLevel());
    }

    public List<NextSteps.Step> getNextSteps() {
        if (nextSteps == null) {
            nextSteps = NextSteps.of(getReadiness(), openLevel().isPresent());
        }
        return nextSteps;
    }

    private Optional<String> openLevel() {
        return getOpenApplication().map(KiteMarkApplication::levelTitle);
    }

    /** Where a help link leads, relative to the application. */
    public String href(HelpLink link) {
        return switch (link.kind()) {
            case MODULE -> "/catalogue/module.xhtml?slug=" + link.slug();
            case GUIDE -> "/guides/guide.xhtml?slug=" + link.slug();
            case SHOWCASE -> "/showcases/showcase.xhtml?slug=" + link.slug();
        };
    }

    public String kindLabel(HelpLink link) {
        return switch (link.kind()) {
            case MODULE -> "Training";
            case GUIDE -> "Guide for patients";
            case SHOWCASE -> "Showcase";
        };
    }

    /**
     * Records every statement typed on the page with its link and file. The evidence fields share one
     * form, so whichever "Save evidence" button is pressed (or Enter in a field, which presses the
     * first), what was typed or chosen is saved, each criterion with its own message; a refused one
     * changes nothing and keeps what was typed.
     */
    public void saveEvidence() {
        // This request's uploads only: the container deletes them when the request ends.
        Map<String, Part> chosen = new HashMap<>(getFiles());
        getFiles().clear();
        List<String> typed = getReadiness().criteria().stream().map(c -> c.criterion().slug())
                .filter(slug -> !blank(statements.get(slug)) || !blank(links.get(slug))
                        || EvidenceUploads.chosen(chosen.get(slug))).toList();
        if (typed.isEmpty()) {
            Messages.error("Type a statement for a criterion, with a link or a file of the evidence, then save.");
            return;
        }
        for (String slug : typed) {
            String title = getReadiness().criterion(slug).map(c -> c.criterion().title()).orElse(slug);
            if (EvidenceUploads.attempt(chosen.get(slug), upload -> {
                var given = accreditation.giveEvidence(actor(), practiceId, slug, statements.get(slug), links.get(slug), upload);
                return "Your evidence for \u201c" + title + "\u201d is saved"
                        + given.file().map(f -> ", with the file " + f.originalName() + ",").orElse("")
                        + (given.revision() > 1 ? " and replaces what you gave before" : "")
                        + ". An assessor will judge it when you apply.";
            })) {
                statements.remove(slug);
                links.remove(slug);
            }
        }
        readiness = null;
        nextSteps = null;
    }

    /** Whether a criterion's evidence form opens with the page: a refused save kept what was typed in it. */
    public boolean typedFor(String slug) {
        return !blank(statements.get(slug)) || !blank(links.get(slug));
    }

    /** What the file fields accept, for the browser's file chooser. */
    public String getAcceptedTypes() {
        return EvidenceUploads.acceptedTypes();
    }

    /** The hint beside a file field: the types taken and the size limit. */
    public String getFileHint() {
        return EvidenceUploads.hint(evidenceFiles);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Actor actor() {
        return currentUser.actor();
    }

    public String getPracticeParam() { return practiceParam; }
    public void setPracticeParam(String practiceParam) { this.practiceParam = practiceParam; }
    public Map<String, String> getStatements() { return statements; }
    public Map<String, String> getLinks() { return links; }

    /** Notes the file sent for one criterion's field (its {@code slug} attribute), empty files included. */
    public void chooseFile(ComponentSystemEvent event) {
        String slug = (String) event.getComponent().getAttributes().get("slug");
        EvidenceUploads.sentFor(event.getComponent()).ifPresent(part -> getFiles().put(slug, part));
    }

    /** The files sent per criterion: the field writes a chosen file here, and {@link #chooseFile} an empty one too. */
    public Map<String, Part> getFiles() {
        if (files == null) {
            files = new ChosenFiles();
        }
        return files;
    }
}
