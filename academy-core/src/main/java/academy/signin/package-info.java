/**
 * Signing in: checking a password, slowing down guessing ({@link academy.signin.SignInThrottle},
 * attempts kept in the database so every instance sees them), upgrading old password hashes,
 * auditing every attempt, and telling the web layer who the person is and which groups they are
 * in ({@link academy.signin.SignIn}). Depends on accounts and practices; nothing depends on it.
 */
package academy.signin;
