/**
 * Learning and completion tracking: enrolments (one row per person and module, also the row that
 * serialises their quiz submissions), lessons read, quiz attempts with their stored question and
 * option order, append-only completions (quiz, face-to-face, external player), expiry and refresh
 * rules ({@link academy.learning.TrainingStatusRules}), required modules from learning paths, the
 * learner's own view ({@link academy.learning.Learning}) and a practice's training matrix
 * ({@link academy.learning.TrainingMatrix}).
 */
package academy.learning;
