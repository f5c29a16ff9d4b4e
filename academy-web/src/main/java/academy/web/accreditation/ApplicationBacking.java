package academy.web.accreditation;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import academy.accreditation.assessment.ApplicationFile;
import academy.accreditation.assessment.CriterionReviews;
import academy.evidence.EvidenceFiles;
import academy.practice.Roster;
import academy.shared.NotFoundException;
import academy.web.evidence.ChosenFiles;
import academy.web.evidence.EvidenceUploads;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * The Application tab of a practice's kite-mark area, where its manager follows the application
 * ({@code /accreditation/application.xhtml?practice=<id>}):
 * where it stands, the assessor's requests for more evidence and the answers, each in its
 * criterion's thread (an answer may bring new evidence: a link, a file or both), and the decision. The {@link CriterionReviews} service checks the manager on every call.
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CriterionReviews reviews;

    @Inject
    CurrentUser currentUser;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    Roster roster;

    private String practiceParam;
    private Long practiceId;
    private transient Optional<ApplicationFile> file;
    private String practiceName;

    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();
    // Uploads live for one request only: the container deletes them, so they are never kept with the view.
    private transient Map<String, Part> files;

    public void load() {
        if (practiceId != null) {
            return;
        }
        Optional<Long> asked = Pages.wholeNumber(practiceParam).map(Integer::longValue);
        if (asked.isEmpty() && currentUser.actor().managedPracticeIds().size() == 1) {
            asked = Optional.of(currentUser.actor().managedPracticeIds().iterator().next());
        }
        if (asked.isEmpty()) {
            Pages.notFound("Choose your practice from the readiness page.");
            return;
        }
        try {
            file = reviews.latestOfPractice(currentUser.actor(), asked.get());
            practiceName = roster.practice(currentUser.actor(), asked.get()).name();
            practiceId = asked.get();
        } catch (NotFoundException notYours) {
            Pages.notFound(notYours.userMessage());
        }
    }

    public boolean isLoaded() {
        return practiceId != null;
    }

    public Optional<ApplicationFile> getFile() {
        if (file == null && practiceId != null) {
            file = reviews.latestOfPractice(currentUser.actor(), practiceId);
        }
        return file;
    }

    public void answer(long applicationId, String slug) {
        // Only the pressed criterion's file counts; the others' uploads end with this request.
        Part sent = getFiles().get(slug);
        getFiles().clear();
        if (EvidenceUploads.attempt(sent, upload -> {
            var answer = reviews.answer(currentUser.actor(), practiceId, applicationId, slug, answers.get(slug),
                    links.get(slug), upload);
            return "Your answer is sent to the assessor" + answer.file().map(f -> ", with the file " + f.originalName())
                    .orElse("") + ".";
        })) {
            answers.remove(slug);
            links.remove(slug);
        }
        file = null;
    }

    public Long getPracticeId() { return practiceId; }
    public String getPracticeName() { return practiceName; }
    public String getPracticeParam() { return practiceParam; }
    public void setPracticeParam(String practiceParam) { this.practiceParam = practiceParam; }
    public Map<String, String> getAnswers() { return answers; }
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

    public String getAcceptedTypes() {
        return EvidenceUploads.acceptedTypes();
    }

    public String getFileHint() {
        return EvidenceUploads.hint(evidenceFiles);
    }
}
