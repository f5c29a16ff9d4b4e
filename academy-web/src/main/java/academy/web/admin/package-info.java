/**
 * Pages for administrators under {@code /admin/}: practices, people and the audit trail. The web.xml
 * constraint lets only the admin role in; the services check again.
 */
package academy.web.admin;
