/**
 * Starting the academy inside the servlet container: when the web module is up, run start-up, and
 * tell whoever started it where to open it.
 */
package academy.web.startup;
