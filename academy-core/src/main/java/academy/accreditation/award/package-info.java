/**
 * The kite-mark award: its serial, status and conditions, and its life after it is made: lapsing at
 * expiry, conditions missed at their deadline, renewal reminders ({@link academy.accreditation.award.NightlyAwardChecks},
 * one locked row per transaction), revocation and closing conditions; events for the certificate feature.
 */
package academy.accreditation.award;
