/**
 * The public register of practices whose kite mark is in force, and the region's kite-mark figures
 * for administrators (readiness and awards across every active practice, in aggregate queries).
 */
package academy.accreditation.register;
