/**
 * The few things every feature needs: the exception root, paging, persistence plumbing,
 * start-up. Kept small on purpose; anything owned by one feature lives in that feature.
 */
package academy.shared;
