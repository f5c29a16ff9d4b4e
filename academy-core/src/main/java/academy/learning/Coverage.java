package academy.learning;

/**
 * How much of the required training is done in one group (a kite-mark area or a job role):
 * required (person, module) pairs and how many of them are complete and not expired.
 *
 * @param key the area's or job role's slug
 */
public record Coverage(String key, String label, long required, long complete) {

    public Coverage {
        if (required < 0 || complete < 0 || complete > required) {
            throw new IllegalArgumentException("coverage " + complete + " of " + required);
        }
    }

    /** Percentage complete, rounded down; 100 when nothing is required. */
    public int percent() {
        return required == 0 ? 100 : (int) (complete * 100 / required);
    }
}
