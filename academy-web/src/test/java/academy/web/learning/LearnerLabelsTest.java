package academy.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import academy.learning.TrainingStatus;
import academy.web.nhsuk.Status;

class LearnerLabelsTest {

    private final LearnerLabels labels = new LearnerLabels();

    @Test
    void everyTrainingStatusIsDrawnWithAKeyOfTheOneVocabulary() {
        assertThat(Arrays.stream(TrainingStatus.values()).map(labels::statusKey))
                .allSatisfy(key -> assertThat(Status.find(key)).as("status key %s", key).isPresent());
    }

    @Test
    void bothDueSoonWindowsReadDueSoonAndAnExpiredModuleReadsOverdue() {
        assertThat(Status.of(labels.statusKey(TrainingStatus.DUE_SOON_60)).label()).isEqualTo("Due soon");
        assertThat(Status.of(labels.statusKey(TrainingStatus.DUE_SOON_30)).label()).isEqualTo("Due soon");
        assertThat(Status.of(labels.statusKey(TrainingStatus.OVERDUE)).label()).isEqualTo("Overdue");
        assertThat(Status.of(labels.statusKey(TrainingStatus.REFRESH_NEEDED)).label()).isEqualTo("Refresh needed");
        assertThat(Status.of(labels.statusKey(TrainingStatus.NOT_STARTED)).label()).isEqualTo("Not started");
    }
}
