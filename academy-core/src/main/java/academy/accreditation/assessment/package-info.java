/**
 * The assessor's side of an application, one service per use case: {@link academy.accreditation.assessment.AssessorQueue}
 * (the queue, taking and assigning), {@link academy.accreditation.assessment.CriterionReviews} (reading the file,
 * reviewing each frozen criterion with its thread, the practice's answers),
 * {@link academy.accreditation.assessment.Decisions} (the decision and the moderation of top-level awards) and
 * {@link academy.accreditation.assessment.ConflictDeclarations}. {@link academy.accreditation.assessment.AssessmentAccess}
 * holds the rules they share: conflicts of interest (memberships and declared ones) are excluded on every call,
 * and an application an assessor may not assess does not exist for them. The repositories are
 * {@link academy.accreditation.assessment.AssessmentRecords} (reviews, threads, moderation, the queue query)
 * and {@link academy.accreditation.assessment.Assessors}. Every change is audited with the practice's id, so
 * the application's timeline can be read from the audit trail.
 */
package academy.accreditation.assessment;
