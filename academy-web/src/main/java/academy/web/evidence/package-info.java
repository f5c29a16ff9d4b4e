/** Evidence files chosen in a page's file field, handed to the evidence store (readiness, applications, reviews). */
package academy.web.evidence;
