/**
 * What every Faces page and backing bean shares: telling people what an action did
 * ({@link academy.web.faces.Messages}), ending a request with a status page or a redirect
 * ({@link academy.web.faces.Pages}), writing dates as the academy's calendar does
({@link academy.web.faces.Dates}), and the old addresses of renamed pages.
 */
package academy.web.faces;
