/**
 * Pages for administrators under {@code /admin/}: practices, people, the audit trail, the
 * region's kite-mark dashboard, appeals to assign and certificates to revoke. The web.xml
 * constraint lets only the admin role in; the services check again.
 */
package academy.web.admin;
