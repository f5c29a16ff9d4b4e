/**
 * Pages for practice managers ({@code /practice/*.xhtml}): the roster, the training matrix,
 * face-to-face attendance, patient upskilling sessions, uptake figures, and the practice's kite
 * marks with their certificates and badge. Each bean extends {@link academy.web.practice.PracticePage}
 * (which practice, or a choice), only parses, calls one service and shows one message; the services
 * check that the signed-in person manages the practice.
 */
package academy.web.practice;
