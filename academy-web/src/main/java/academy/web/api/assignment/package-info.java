/**
 * REST for assigned training: the learner's own ({@code /me/assignments}) and a practice's
 * ({@code /practices/{id}/assignments}: list, assign, withdraw), with the same access rules as the
 * pages (the practice's managers and administrators; anyone else gets 404).
 */
package academy.web.api.assignment;
