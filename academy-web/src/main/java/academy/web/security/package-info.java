/**
 * What every request goes through and who made it: the security headers, the refusal of
 * cross-site requests that would change something, the rules for a trusted TLS proxy, and the
 * signed-in person as pages and services see them ({@link academy.web.security.CurrentUser}).
 */
package academy.web.security;
