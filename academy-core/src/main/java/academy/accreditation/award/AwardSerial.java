package academy.accreditation.award;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kite-mark award's serial number, {@code KM-2026-000123}: the year of the award and a number
 * that counts up across all years. It stays with the award when its certificate is re-issued (the
 * certificate has a serial of its own).
 */
public final class AwardSerial {

    private static final Pattern FORMAT = Pattern.compile("KM-(\\d{4})-(\\d{6,9})");
    private static final int MAX_INPUT = 40;

    private final String value;

    private AwardSerial(String value) {
        this.value = value;
    }

    /** The serial for the n-th award, made in the given year. */
    public static AwardSerial of(int year, long number) {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (number < 1 || number > 999_999_999L) {
            throw new IllegalArgumentException("number out of range: " + number);
        }
        return new AwardSerial(String.format(Locale.ROOT, "KM-%04d-%06d", year, number));
    }

    /** The serial a person typed, if it is one (any case, spaces around ignored). */
    public static Optional<AwardSerial> parse(String text) {
        if (text == null || text.length() > MAX_INPUT) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        long number = Long.parseLong(matcher.group(2));
        // Typed text in the right shape may still be out of range (KM-1999-…, …-000000): not a serial either.
        return year < 2000 || number < 1 ? Optional.empty() : Optional.of(of(year, number));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AwardSerial serial && value.equals(serial.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
