/**
 * The academy's background work once it has started: delivering the mail outbox every few
 * seconds, and forgetting sign-in attempts the throttle no longer looks at.
 */
package academy.web.mail;
