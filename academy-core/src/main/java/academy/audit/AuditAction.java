package academy.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What happened, as a dotted name whose first part is the feature: {@code person.invited},
 * {@code signin.failed}. Each feature declares its own actions as constants; the audit trail
 * filters by prefix ({@code signin.} gives every sign-in event).
 */
public record AuditAction(String code) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    static final int MAX_LENGTH = 60;

    public AuditAction {
        Objects.requireNonNull(code, "code");
        if (code.length() > MAX_LENGTH || !FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException("not a dotted lower-case action name: " + code);
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
