package academy.learning;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** That a lesson of one version of a module was read, and when (first time). */
@Embeddable
public class LessonRead {

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "lesson_number", nullable = false, updatable = false)
    private int lessonNumber;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    protected LessonRead() {
        // for JPA
    }

    LessonRead(int versionNumber, int lessonNumber, Instant readAt) {
        this.versionNumber = versionNumber;
        this.lessonNumber = lessonNumber;
        this.readAt = Objects.requireNonNull(readAt, "readAt");
    }

    public int versionNumber() { return versionNumber; }
    public int lessonNumber() { return lessonNumber; }
    public Instant readAt() { return readAt; }

    boolean isOf(int version, int lesson) {
        return versionNumber == version && lessonNumber == lesson;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LessonRead read && read.versionNumber == versionNumber && read.lessonNumber == lessonNumber;
    }

    @Override
    public int hashCode() {
        return Objects.hash(versionNumber, lessonNumber);
    }
}
