package academy.web.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import academy.learning.TrainingStatus;

/** The learner's pages' status keys and where certificates are ({@code #{learnerLabels…}}). */
@Named
@ApplicationScoped
public class LearnerLabels {

    /** The certificate (a PDF, served by the certificate feature) of the completion whose id follows. */
    public static final String CERTIFICATE_PATH = "/api/v1/certificates/completions/";

    /**
     * The key of the status vocabulary ({@code n:tag status=…}) that draws this status: both due-soon
     * windows read "Due soon", and the due date beside the tag says which.
     */
    public String statusKey(TrainingStatus status) {
        return switch (status) {
            case COMPLETE -> "complete";
            case DUE_SOON_60, DUE_SOON_30 -> "due-soon";
            case OVERDUE -> "overdue";
            case REFRESH_NEEDED -> "refresh-needed";
            case IN_PROGRESS -> "in-progress";
            case NOT_STARTED -> "not-started";
        };
    }

    public String certificate(long completionId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + CERTIFICATE_PATH + completionId;
    }
}
