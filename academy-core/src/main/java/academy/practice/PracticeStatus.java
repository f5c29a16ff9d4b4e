package academy.practice;

/** Whether a practice takes part. An archived practice keeps its history but takes no new members. */
public enum PracticeStatus {
    ACTIVE,
    ARCHIVED
}
