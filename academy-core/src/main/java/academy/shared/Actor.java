package academy.shared;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking a service to do something, as far as the rules need to know: the signed-in person
 * (or nobody, or the system itself), their academy-wide roles, the practices they currently
 * manage, and the client address the request came from. Services check ownership against this
 * and the audit trail records it.
 *
 * <p>The web layer builds one per request from the signed-in person (see
 * {@code academy.signin.SignIn#callerFor}), so a role taken away takes effect on the next request.
 *
 * @param personId           the person acting; empty for anonymous visitors and for the system
 * @param displayName        the name the audit trail shows: the person's name, {@value #ANONYMOUS} or {@value #SYSTEM}
 * @param systemRoles        academy-wide roles
 * @param managedPracticeIds practices where the person holds an active practice-manager membership
 * @param clientAddress      the client's IP address as the web layer determined it; {@value #NO_ADDRESS} when none
 */
public record Actor(Optional<Long> personId, String displayName, Set<SystemRole> systemRoles,
                    Set<Long> managedPracticeIds, String clientAddress) {

    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";
    public static final String NO_ADDRESS = "-";

    private static final int MAX_ADDRESS_LENGTH = 64;

    public Actor {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(displayName, "displayName");
        systemRoles = systemRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(systemRoles));
        managedPracticeIds = Set.copyOf(managedPracticeIds);
        clientAddress = clientAddress == null || clientAddress.isBlank() ? NO_ADDRESS : clientAddress.strip();
        if (clientAddress.length() > MAX_ADDRESS_LENGTH) {
            clientAddress = clientAddress.substring(0, MAX_ADDRESS_LENGTH);
        }
    }

    /** Someone not signed in: registering, resetting a password, signing in. */
    public static Actor anonymous(String clientAddress) {
        return new Actor(Optional.empty(), ANONYMOUS, Set.of(), Set.of(), clientAddress);
    }

    /** The academy itself: start-up, scheduled jobs, demo seeding. Holds every system role. */
    public static Actor system() {
        return new Actor(Optional.empty(), SYSTEM, EnumSet.allOf(SystemRole.class), Set.of(), NO_ADDRESS);
    }

    /** A signed-in person. */
    public static Actor person(long personId, String displayName, Set<SystemRole> systemRoles,
                               Set<Long> managedPracticeIds, String clientAddress) {
        return new Actor(Optional.of(personId), displayName, systemRoles, managedPracticeIds, clientAddress);
    }

    public boolean isAdministrator() {
        return systemRoles.contains(SystemRole.ADMINISTRATOR);
    }

    public boolean isAssessor() {
        return systemRoles.contains(SystemRole.ASSESSOR);
    }

    /** True when the actor holds an active practice-manager membership of the practice. */
    public boolean manages(long practiceId) {
        return managedPracticeIds.contains(practiceId);
    }

    public boolean isSignedIn() {
        return personId.isPresent();
    }

    /**
     * The id of the signed-in person.
     *
     * @throws AccessDeniedException when nobody is signed in
     */
    public long requirePersonId() {
        return personId.orElseThrow(() -> new AccessDeniedException("Please sign in first."));
    }
}
