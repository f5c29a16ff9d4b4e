/**
 * The public training catalogue: the list with its filters (in the URL), a module's page and the
 * lesson reader; for a signed-in learner also their progress and the buttons that move it on.
 */
package academy.web.catalogue;
