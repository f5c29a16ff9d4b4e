/**
 * Assigning training: a manager (for a person, a job role or everyone in the practice) or an
 * administrator (region-wide, for every practice) says a module or a learning path is to be done
 * by a due date. {@link academy.learning.assignment.Assignment} is the instruction; each person and
 * module it reaches is an {@link academy.learning.assignment.AssignedTraining} row carrying its own
 * due day, so "what is due for whom" is one indexed query. Members who join or change role get
 * what fits them and lose what no longer does ({@link academy.practice.MembershipChanged}); the
 * {@link academy.learning.assignment.Refreshers} pass assigns a module's refresher before a
 * completion expires. Whether an assignment is fulfilled is worked out from the person's latest
 * completion ({@link academy.learning.assignment.AssignmentRules}), never stored, so it cannot
 * disagree with the learning record.
 */
package academy.learning.assignment;
