/** Starting the academy inside the servlet container: when the web module is up, run start-up. */
package academy.web.startup;
