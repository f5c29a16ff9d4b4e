/**
 * What the academy is measured against in the same Payara Micro: a servlet that does nothing but
 * answer, so that a page's cost can be given as a ratio to the server's own.
 */
package academy.bench.baseline;
