/**
 * Evidence files: documents a practice uploads to back a figure or, later, a kite-mark criterion.
 * {@link academy.evidence.EvidenceFiles} checks size and type (from the content, not the name),
 * stores the bytes outside the web root under a generated name with their SHA-256, and hands them
 * back only to people allowed to see the owning practice's records. {@link academy.evidence.StoredFile}
 * is what is known about one file.
 */
package academy.evidence;
