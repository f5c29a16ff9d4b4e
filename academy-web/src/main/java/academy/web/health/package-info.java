/**
 * MicroProfile Health: live while the application answers; ready only when the database answers,
 * the migrations ran and the content loaded (see {@link academy.startup.Readiness}).
 */
package academy.web.health;
