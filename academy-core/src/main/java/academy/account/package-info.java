/**
 * People's accounts: who someone is (name, email address, status, academy-wide roles) and how
 * they prove it (PBKDF2 password hashes, the password policy, single-use emailed tokens), with
 * the self-service around them: password reset ({@link academy.account.PasswordReset}) and the
 * profile ({@link academy.account.Profile}). Practices and memberships build on this package;
 * it never looks at them.
 */
package academy.account;
