package academy.web.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import academy.learning.TrainingStatus;

/** The learner's pages' words for statuses and where certificates are ({@code #{learnerLabels…}}). */
@Named
@ApplicationScoped
public class LearnerLabels {

    /** The certificate (a PDF, served by the certificate feature) of the completion whose id follows. */
    public static final String CERTIFICATE_PATH = "/api/v1/certificates/completions/";

    /** The status in the words the learner reads. */
    public String status(TrainingStatus status) {
        return switch (status) {
            case COMPLETE -> "Complete";
            case DUE_SOON_60 -> "Due soon (within 60 days)";
            case DUE_SOON_30 -> "Due soon (within 30 days)";
            case OVERDUE -> "Overdue";
            case REFRESH_NEEDED -> "Refresh needed";
            case IN_PROGRESS -> "In progress";
            case NOT_STARTED -> "Not started";
        };
    }

    /** A CSS class per status; the label's words say it too, so colour is never the only sign. */
    public String statusStyle(TrainingStatus status) {
        return switch (status) {
            case COMPLETE -> "status status--complete";
            case DUE_SOON_60, DUE_SOON_30 -> "status status--due";
            case OVERDUE, REFRESH_NEEDED -> "status status--overdue";
            case IN_PROGRESS -> "status status--progress";
            case NOT_STARTED -> "status status--new";
        };
    }

    public String certificate(long completionId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + CERTIFICATE_PATH + completionId;
    }
}
