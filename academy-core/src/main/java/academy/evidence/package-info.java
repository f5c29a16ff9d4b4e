/**
 * Evidence files: documents a practice uploads to back an uptake figure or a kite-mark criterion.
 * {@link academy.evidence.EvidenceFiles} checks size and type (from the content, not the name),
 * stores the bytes outside the web root under a generated name with their SHA-256, and hands them
 * back only to readers the caller's {@link academy.evidence.EvidenceAccess} lets in (or vouches
 * for). {@link academy.evidence.StoredFile} is what is known about one file. Evidence knows
 * nothing of practices beyond their ids, so the features above it can all use it.
 */
package academy.evidence;
