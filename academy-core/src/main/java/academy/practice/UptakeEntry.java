package academy.practice;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import academy.shared.InvalidRequestException;

/**
 * What a manager records for one month and measure.
 *
 * @param source            where the figure comes from (e.g. "EMIS report, 1 March"), required, up to 200 characters
 * @param evidenceReference an id of a stored evidence file, optional, up to 100 characters
 */
public record UptakeEntry(YearMonth month, UptakeMeasure measure, BigDecimal value, String source,
                          Optional<String> evidenceReference) {

    static final int MAX_SOURCE = 200;
    static final int MAX_EVIDENCE_REFERENCE = 100;

    public UptakeEntry {
        source = source == null ? "" : source.strip();
        evidenceReference = Objects.requireNonNullElse(evidenceReference, Optional.<String>empty())
                .map(String::strip).filter(e -> !e.isEmpty());
    }

    /**
     * @return the value as it will be stored
     * @throws InvalidRequestException naming the first thing wrong
     */
    public BigDecimal requireValid(YearMonth currentMonth) {
        if (month == null) {
            throw new InvalidRequestException("Please give the month.");
        }
        if (month.isAfter(currentMonth)) {
            throw new InvalidRequestException("The month cannot be in the future.");
        }
        if (measure == null) {
            throw new InvalidRequestException("Please choose what the figure measures.");
        }
        BigDecimal stored = measure.requireValid(value);
        if (source.isEmpty()) {
            throw new InvalidRequestException("Please say where the figure comes from.");
        }
        if (source.length() > MAX_SOURCE) {
            throw new InvalidRequestException("Describe the source in at most " + MAX_SOURCE + " characters.");
        }
        if (evidenceReference.isPresent() && evidenceReference.get().length() > MAX_EVIDENCE_REFERENCE) {
            throw new InvalidRequestException("The evidence reference can be at most " + MAX_EVIDENCE_REFERENCE + " characters.");
        }
        return stored;
    }
}
