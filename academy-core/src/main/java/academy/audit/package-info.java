/**
 * The audit trail: an append-only record of every state change and every sign-in attempt, who
 * made it, from where, and to what. Features record through {@link academy.audit.AuditTrail}
 * inside their own transaction, so an entry exists exactly when the change it describes does.
 */
package academy.audit;
