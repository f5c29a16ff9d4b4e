package academy.web.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import academy.learning.TrainingStatus;

/** The learner's pages' words for statuses and links ({@code #{learnerLabels…}}). */
@Named
@ApplicationScoped
public class LearnerLabels {

    public String status(TrainingStatus status) {
        return LearnerPages.label(status);
    }

    public String statusStyle(TrainingStatus status) {
        return LearnerPages.styleOf(status);
    }

    public String certificate(long completionId) {
        return LearnerPages.certificateUrl(completionId);
    }
}
