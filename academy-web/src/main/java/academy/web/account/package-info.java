/**
 * The pages under {@code /account/}: a person's own account (profile), and the pages the mailed
 * links open (password reset, account set-up, invitations, email confirmations), plus joining a
 * practice's PPG with its join code. Backing beans call one service each; the services' refusals
 * become messages through {@link academy.web.errors.AcademyExceptionHandler}.
 */
package academy.web.account;
