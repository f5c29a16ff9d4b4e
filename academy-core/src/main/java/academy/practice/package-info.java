/**
 * GP practices and who belongs to them: practices (ODS code, join code, archived or active),
 * memberships in a job role over time (ended, never deleted), invitations, PPG self-registration
 * with the manager's approval, patient upskilling sessions and monthly digital uptake figures
 * (aggregate numbers only, never patients), and the ownership rules for all of it ({@link
 * academy.practice.PracticeAccess}). People's accounts themselves live in {@code academy.account}.
 */
package academy.practice;
