package academy.web.learning;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import academy.catalogue.ModuleVersion;
import academy.evidence.EvidenceFiles;
import academy.learning.ExternalTraining;
import academy.learning.ExternalTrainingRules;
import academy.learning.ExternalTrainingStatus;
import academy.learning.TrainingElsewhere;
import academy.shared.Page;
import academy.shared.PageRequest;
import academy.shared.time.AcademyCalendar;
import academy.web.evidence.EvidenceUploads;
import academy.web.faces.Confirmation;
import academy.web.faces.Messages;
import academy.web.faces.Pages;
import academy.web.security.CurrentUser;

/**
 * "Training done elsewhere" for the learner ({@code /learning/training-elsewhere.xhtml?page=…}):
 * record training done on another platform (with its certificate file and the module it stands
 * for, both optional), and the records so far, newest first, each with its status and the
 * manager's reason; a record still waiting can be withdrawn, after a yes.
 */
@Named
@ViewScoped
public class TrainingElsewhereBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 10;
    static final String WITHDRAW = "withdraw";

    @Inject
    TrainingElsewhere trainingElsewhere;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private String page;
    private int pageNumber;
    private String provider;
    private String title;
    private LocalDate completedOn;
    private String module;
    private transient Part certificate;
    private Confirmation pending;

    private transient Page<ExternalTraining> records;
    private transient List<ModuleVersion> modules;

    public void load() {
        pageNumber = Pages.wholeNumber(page).filter(p -> p >= 0).orElse(0);
    }

    public void record() {
        if (completedOn == null) {
            Messages.errorOn("record:completed-on", "Enter the date you completed the training.");
            return;
        }
        LocalDate day = completedOn;
        boolean recorded = EvidenceUploads.attempt(certificate, upload -> {
            ExternalTraining training = trainingElsewhere.record(currentUser.actor(), provider, title, day,
                    Optional.ofNullable(module), upload);
            return "Recorded: \"" + training.title() + "\" by " + training.provider() + ", completed "
                    + AcademyCalendar.day(training.completedOn()) + ". Your practice manager will check it"
                    + training.moduleVersion().map(v -> " and, if they approve it, it counts as completing \"" + v.title() + "\".")
                    .orElse(" and keep it as a record of your training.");
        });
        if (recorded) {
            provider = null;
            title = null;
            completedOn = null;
            module = null;
            pageNumber = 0;
            records = null;
        }
    }

    public void askToWithdraw(long trainingId, String trainingTitle) {
        pending = Confirmation.of("Withdraw a record of training", "Withdraw \"" + trainingTitle + "\"? Your manager will"
                + " no longer see it. You can record it again later.", "Yes, withdraw", WITHDRAW, trainingId);
    }

    /** Carries out what the page asked about. */
    public void confirm() {
        Confirmation asked = pending;
        pending = null;
        if (asked != null && asked.is(WITHDRAW)) {
            Messages.attempt(() -> "You withdrew \"" + trainingElsewhere.withdraw(currentUser.actor(), asked.subject()).title()
                    + "\".");
            records = null;
        }
    }

    public void cancel() {
        pending = null;
    }

    public Confirmation getPending() {
        return pending;
    }

    public Page<ExternalTraining> getRecords() {
        if (records == null) {
            records = trainingElsewhere.mine(currentUser.actor(), new PageRequest(pageNumber, PAGE_SIZE));
        }
        return records;
    }

    public List<ModuleVersion> getModules() {
        if (modules == null) {
            modules = trainingElsewhere.modulesFor(currentUser.actor());
        }
        return modules;
    }

    /** The tag colour of a status: waiting blue, approved green, not accepted red, withdrawn grey. */
    public String colourOf(ExternalTrainingStatus status) {
        return switch (status) {
            case PENDING -> "blue";
            case APPROVED -> "green";
            case REJECTED -> "red";
            case WITHDRAWN -> "grey";
        };
    }

    /** What an approved record counts as, in words. */
    public String outcomeOf(ExternalTraining training) {
        if (training.status() != ExternalTrainingStatus.APPROVED) {
            return "";
        }
        return training.completionId().isPresent()
                ? "Counts as completing \"" + training.moduleVersion().map(ModuleVersion::title).orElse("") + "\"."
                : "Kept as a record of your training.";
    }

    public String getNewerHref() {
        return getRecords().pageNumber() > 0 ? pageHref(getRecords().pageNumber() - 1) : null;
    }

    public String getOlderHref() {
        return getRecords().pageNumber() + 1 < getRecords().pageCount() ? pageHref(getRecords().pageNumber() + 1) : null;
    }

    private static String pageHref(int number) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/learning/training-elsewhere.xhtml?page=" + number;
    }

    public LocalDate getToday() {
        return AcademyCalendar.dayOf(clock.instant());
    }

    public LocalDate getEarliest() {
        return ExternalTrainingRules.EARLIEST;
    }

    public String getAcceptedTypes() {
        return EvidenceUploads.acceptedTypes();
    }

    public String getFileHint() {
        return EvidenceUploads.hint(evidenceFiles);
    }

    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    public String getModule() { return module; }
    public void setModule(String module) { this.module = module; }
    public Part getCertificate() { return certificate; }
    public void setCertificate(Part certificate) { this.certificate = certificate; }
}
