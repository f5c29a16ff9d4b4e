/**
 * The two home pages: the public front page ({@code /index.xhtml}, {@link academy.web.home.IndexBacking})
 * and a signed-in person's own home ({@code /home.xhtml}, {@link academy.web.home.HomeBacking}).
 */
package academy.web.home;
