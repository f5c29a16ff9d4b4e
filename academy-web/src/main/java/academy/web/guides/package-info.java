/** The public patient guides: their list ({@code /guides/index.xhtml}) and one guide. */
package academy.web.guides;
