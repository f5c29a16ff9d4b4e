/**
 * The kite-mark scheme: each stored revision of a scheme file ({@link academy.accreditation.scheme.SchemeVersion})
 * with its levels and criteria, and loading it at start-up ({@link academy.accreditation.scheme.SchemeImport}).
 * {@link academy.accreditation.scheme.SchemeReader} reads and validates the files,
 * {@code content/scheme/kitemark-<version>.yaml}, against the content tree: every problem with its file and line,
 * nothing returned unless every file is valid.
 */
package academy.accreditation.scheme;
