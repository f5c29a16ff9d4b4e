/**
 * A practice's readiness for the kite mark: the aggregate facts of many practices in a fixed number of
 * queries ({@link academy.accreditation.readiness.ReadinessQueries}), the pure rules that judge each
 * criterion from them and say the gap in words ({@link academy.accreditation.readiness.ReadinessRules}),
 * and the evidence statements practices give for the criteria an assessor judges (append-only).
 */
package academy.accreditation.readiness;
