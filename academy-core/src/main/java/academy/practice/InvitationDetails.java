package academy.practice;

import java.time.Instant;

/**
 * What the page behind an invitation link shows before the person accepts.
 *
 * @param accountExists true when the invited address already has an account: the person must sign
 *                      in and accept with {@link Registration#acceptInvitation(academy.shared.Actor, String)}
 */
public record InvitationDetails(String practiceName, OdsCode odsCode, String displayName, String email,
                                JobRole jobRole, Instant expiresAt, boolean accountExists) {
}
