package academy.signin;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import academy.account.EmailAddress;

/**
 * A successful sign-in: who it is and their groups, for Jakarta Security's
 * {@code CredentialValidationResult}. Use the person id (as text) as the caller principal's name:
 * email addresses can change.
 */
public record SignedIn(long personId, String displayName, EmailAddress email, Set<Group> groups) {

    public SignedIn {
        groups = groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
    }

    /** The group names, e.g. {@code ["learner", "manager"]}. */
    public Set<String> groupNames() {
        return groups.stream().map(Group::groupName).collect(Collectors.toUnmodifiableSet());
    }
}
