/**
 * REST: a practice, its members and its training matrix (for its managers and administrators),
 * downloads of its evidence files, and every practice (administrators).
 */
package academy.web.api.practice;
