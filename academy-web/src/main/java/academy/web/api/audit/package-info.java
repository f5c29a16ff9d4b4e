/** REST: the audit trail, read-only, for administrators. */
package academy.web.api.audit;
