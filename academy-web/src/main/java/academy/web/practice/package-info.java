/**
 * Pages for practice managers: the roster ({@code /practice/roster.xhtml}). The beans only parse,
 * call {@link academy.practice.Roster} once and show one message; the service checks that the
 * signed-in person manages the practice.
 */
package academy.web.practice;
