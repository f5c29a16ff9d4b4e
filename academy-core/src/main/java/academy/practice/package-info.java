/**
 * GP practices and who belongs to them: practices (ODS code, join code, archived or active),
 * memberships in a job role over time (ended, never deleted), invitations, PPG self-registration
 * with the manager's approval, and the ownership rules for all of it ({@link
 * academy.practice.PracticeAccess}). People's accounts themselves live in {@code academy.account}.
 */
package academy.practice;
