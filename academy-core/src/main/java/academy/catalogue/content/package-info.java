/**
 * Reading the academy's content tree ({@code content/} in the repository) into plain values.
 *
 * <p>{@link academy.catalogue.content.ContentReader} reads and validates the whole tree and either
 * returns a {@link academy.catalogue.content.ContentTree} or throws
 * {@link academy.catalogue.content.ContentInvalidException} naming every problem by file and
 * line, so that nothing of a broken load is ever applied. This package knows nothing of the
 * database or the container: storing modules as versions is the catalogue service's job.
 */
package academy.catalogue.content;
