package academy.learning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

import academy.catalogue.ModuleVersion;

/**
 * Where a learner stands in one module's current version: what they read, whether a quiz attempt
 * is open or passed, and the status of their record. Read from the database, so another session
 * or device continues where this one left off.
 *
 * @param module          the current version
 * @param started         whether the learner has an enrolment
 * @param lessonsRead     numbers of the current version's lessons read
 * @param status          the training status (refresh needed after a significant change included)
 * @param latest          the latest completion, of any version
 * @param openAttemptId   an attempt of the current version started and not yet submitted
 * @param passedNotComplete a passed attempt of the current version that waits for the remaining lessons
 * @param attemptsLeft    attempts the learner may start now
 * @param nextAttemptAt   when all attempts are used: when the next one is allowed
 */
public record ModuleProgress(ModuleVersion module, boolean started, SortedSet<Integer> lessonsRead, TrainingStatus status,
                             Optional<Completion> latest, Optional<Long> openAttemptId, boolean passedNotComplete,
                             int attemptsLeft, Optional<Instant> nextAttemptAt) {

    public ModuleProgress {
        Objects.requireNonNull(module, "module");
        lessonsRead = new TreeSet<>(lessonsRead);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(openAttemptId, "openAttemptId");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    public int lessonCount() {
        return module.lessonCount();
    }

    public int readCount() {
        return lessonsRead.size();
    }

    public boolean hasRead(int lessonNumber) {
        return lessonsRead.contains(lessonNumber);
    }

    public boolean hasReadAll() {
        return readCount() >= lessonCount();
    }

    /** Lessons read as a whole percentage of the module's lessons. */
    public int percentRead() {
        return lessonCount() == 0 ? 100 : Math.round(100f * readCount() / lessonCount());
    }

    /** The first lesson not read yet, if any: where "Continue" takes the learner. */
    public Optional<Integer> nextUnread() {
        return IntStream.rangeClosed(1, lessonCount()).filter(n -> !lessonsRead.contains(n)).boxed().findFirst();
    }

    /** Whether the learner's record counts as complete and current. */
    public boolean isComplete() {
        return status.isDone();
    }

    /** A completion exists, but a significant new version asks the learner to take the module again. */
    public boolean needsRefresh() {
        return status == TrainingStatus.REFRESH_NEEDED;
    }

    static SortedSet<Integer> numbersRead(Enrolment enrolment, int versionNumber) {
        SortedSet<Integer> numbers = new TreeSet<>();
        enrolment.lessonsRead().stream().filter(r -> r.versionNumber() == versionNumber).forEach(r -> numbers.add(r.lessonNumber()));
        return numbers;
    }
}
