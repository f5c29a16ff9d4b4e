package academy.web.learning;

import jakarta.faces.context.FacesContext;

import academy.learning.TrainingStatus;

/** What the learner's pages share: the words for a status, where a certificate is. */
public final class LearnerPages {

    /** The certificate of one completion (a PDF, served by the certificate feature). */
    static final String CERTIFICATE_PATH = "/api/v1/certificates/completions/";

    private LearnerPages() {
    }

    /** The status in the words the learner reads. */
    public static String label(TrainingStatus status) {
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

    /** A CSS modifier per status, so the label is not told by colour alone but also by its words. */
    public static String styleOf(TrainingStatus status) {
        return switch (status) {
            case COMPLETE -> "status status--complete";
            case DUE_SOON_60, DUE_SOON_30 -> "status status--due";
            case OVERDUE, REFRESH_NEEDED -> "status status--overdue";
            case IN_PROGRESS -> "status status--progress";
            case NOT_STARTED -> "status status--new";
        };
    }

    public static String certificateUrl(long completionId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + CERTIFICATE_PATH + completionId;
    }
}
