package academy.web.accreditation;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.accreditation.ApplicationFile;
import academy.accreditation.Assessment;
import academy.shared.NotFoundException;
import academy.web.Messages;
import academy.web.Pages;
import academy.web.security.CurrentUser;

/**
 * A practice's kite-mark application as its manager follows it ({@code /accreditation/application.xhtml?practice=<id>}):
 * where it stands, the assessor's requests for more evidence and the answers, each in its
 * criterion's thread, and the decision. The {@link Assessment} service checks the manager on every call.
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assessment assessment;

    @Inject
    CurrentUser currentUser;

    private String practiceParam;
    private Long practiceId;
    private transient Optional<ApplicationFile> file;

    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();

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
            file = assessment.latestOfPractice(currentUser.actor(), asked.get());
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
            file = assessment.latestOfPractice(currentUser.actor(), practiceId);
        }
        return file;
    }

    public void answer(long applicationId, String slug) {
        if (Messages.attempt(() -> {
            assessment.answer(currentUser.actor(), practiceId, applicationId, slug, answers.get(slug), links.get(slug));
            return "Your answer is sent to the assessor.";
        })) {
            answers.remove(slug);
            links.remove(slug);
        }
        file = null;
    }

    public Long getPracticeId() { return practiceId; }
    public String getPracticeParam() { return practiceParam; }
    public void setPracticeParam(String practiceParam) { this.practiceParam = practiceParam; }
    public Map<String, String> getAnswers() { return answers; }
    public Map<String, String> getLinks() { return links; }
}
