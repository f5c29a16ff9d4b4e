/**
 * GP practices and the people in them: practices, people and their job roles, memberships,
 * invitations, recorded upskilling sessions and practice metrics.
 */
package academy.practice;
