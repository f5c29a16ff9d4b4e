/**
 * The ground floor, which every feature may use and which uses none of them: the exception root and
 * its kinds, the {@link academy.shared.Actor} a service acts for, paging, JSON, the
 * {@link academy.shared.AcademyStarted} event, the one rule for required text, and below it mail
 * ({@code shared.mail}), persistence plumbing ({@code shared.persistence}) and the calendar and
 * clock ({@code shared.time}). Kept small on purpose; anything owned by one feature lives in that
 * feature.
 */
package academy.shared;
