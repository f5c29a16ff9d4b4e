/**
 * The catalogue over REST: modules with their lessons, showcases, guides and learning paths,
 * read-only and public. Quiz answers never leave the server through here.
 */
package academy.web.api.catalogue;
