package academy.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import academy.catalogue.Module;
import academy.catalogue.ModuleVersion;

class ModuleProgressTest {

    private final ModuleVersion fourLessons = LearningFixtures.version(new Module("video-consultations"), 1, 4, 80,
            Optional.empty(), false, false, List.of(LearningFixtures.question("Q1", 3, 0)));

    private ModuleProgress reading(Integer... lessons) {
        return new ModuleProgress(fourLessons, true, new TreeSet<>(List.of(lessons)), TrainingStatus.IN_PROGRESS,
                Optional.empty(), Optional.empty(), false, 3, Optional.empty());
    }

    @Test
    void continuingTakesTheLearnerToTheFirstLessonNotYetRead() {
        assertThat(reading().nextUnread()).contains(1);
        assertThat(reading(1, 2).nextUnread()).contains(3);
        assertThat(reading(1, 3).nextUnread()).contains(2);
        assertThat(reading(1, 2, 3, 4).nextUnread()).isEmpty();
    }

    @Test
    void progressIsTheShareOfLessonsRead() {
        assertThat(reading().percentRead()).isZero();
        assertThat(reading(1).percentRead()).isEqualTo(25);
        assertThat(reading(1, 2, 3).percentRead()).isEqualTo(75);
        assertThat(reading(1, 2, 3, 4).hasReadAll()).isTrue();
        assertThat(reading(1, 2, 4).hasReadAll()).isFalse();
        assertThat(reading(2, 4).readCount()).isEqualTo(2);
    }

    @Test
    void aSignificantChangeAsksForARefreshAndDoesNotCountAsComplete() {
        ModuleProgress refresh = new ModuleProgress(fourLessons, true, new TreeSet<>(), TrainingStatus.REFRESH_NEEDED,
                Optional.empty(), Optional.empty(), false, 3, Optional.empty());
        assertThat(refresh.needsRefresh()).isTrue();
        assertThat(refresh.isComplete()).isFalse();
        ModuleProgress dueSoon = new ModuleProgress(fourLessons, true, new TreeSet<>(), TrainingStatus.DUE_SOON_30,
                Optional.empty(), Optional.empty(), false, 3, Optional.empty());
        assertThat(dueSoon.isComplete()).isTrue();
    }
}
