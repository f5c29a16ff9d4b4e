package academy.shared;

/**
 * Fired once when start-up has migrated the schema and loaded the content and the scheme. It lives
 * on the ground floor so that any feature (demo seeding, schedules, the start-up banner) can react
 * to it without depending on the start-up code that fires it.
 */
public record AcademyStarted() {
}
