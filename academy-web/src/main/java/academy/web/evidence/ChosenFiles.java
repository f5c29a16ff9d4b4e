package academy.web.evidence;

import java.util.HashMap;

import jakarta.servlet.http.Part;

/**
 * The files sent per field key (a criterion's slug) on a page with several evidence fields. The
 * fields' {@code postValidate} listeners put each part here, empty files included
 * ({@link EvidenceUploads#sentFor}); the fields' own model update then writes the value Faces made
 * of it, which for an empty file is {@code null}. That {@code null} is not a choice, so it leaves
 * the part already noted in place, and the store can refuse the empty file with its own message.
 */
public final class ChosenFiles extends HashMap<String, Part> {

    private static final long serialVersionUID = 1L;

    @Override
    public Part put(String key, Part part) {
        return part == null ? get(key) : super.put(key, part);
    }
}
