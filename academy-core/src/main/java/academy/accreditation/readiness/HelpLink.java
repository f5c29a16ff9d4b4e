package academy.accreditation.readiness;

import java.util.Objects;

/** A module, guide or showcase that helps a practice meet a criterion. */
public record HelpLink(Kind kind, String slug, String title) {

    public enum Kind { MODULE, GUIDE, SHOWCASE }

    public HelpLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
    }
}
