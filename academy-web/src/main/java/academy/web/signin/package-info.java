/**
 * Signing in on the web: the sign-in page and sign-out, the Jakarta Security mechanism and
 * identity store that hand the email address and password to {@link academy.signin.SignIn}, and
 * the signed-in person's home page.
 */
package academy.web.signin;
