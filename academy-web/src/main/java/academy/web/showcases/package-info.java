/** The public best-practice showcases: their list, by kite-mark area, and one showcase with the modules that teach it. */
package academy.web.showcases;
