/**
 * The signed-in learner's own learning over REST: progress through required modules, completions
 * (paged), and completions reported by an external content player with an idempotency key.
 */
package academy.web.api.learning;
