/**
 * Reading and validating the scheme files, {@code content/scheme/kitemark-<version>.yaml}, against the
 * content tree: every problem with its file and line, nothing returned unless every file is valid.
 */
package academy.accreditation.scheme;
