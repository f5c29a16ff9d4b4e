package academy.practice;

import java.math.BigDecimal;

import academy.shared.InvalidRequestException;

/** A monthly digital uptake figure a practice reports: a percentage (one decimal) or a count. */
public enum UptakeMeasure {
    ONLINE_ACCESS_REGISTERED_PERCENT("Patients registered for online access", true),
    REPEAT_PRESCRIPTIONS_ONLINE_PERCENT("Repeat prescriptions ordered online", true),
    APPOINTMENTS_BOOKED_ONLINE_PERCENT("Appointments booked online", true),
    VIDEO_CONSULTATIONS_OFFERED("Video consultations offered in the month", false);

    static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);
    static final BigDecimal MAX_COUNT = BigDecimal.valueOf(100_000);

    private final String label;
    private final boolean percentage;

    UptakeMeasure(String label, boolean percentage) {
        this.label = label;
        this.percentage = percentage;
    }

    public String label() {
        return label;
    }

    public boolean isPercentage() {
        return percentage;
    }

    /**
     * The value as stored: percentages 0..100 with at most one decimal, counts whole 0..100,000.
     *
     * @throws InvalidRequestException otherwise
     */
    public BigDecimal requireValid(BigDecimal value) {
        if (value == null) {
            throw new InvalidRequestException("Please give a value for \"" + label + "\".");
        }
        BigDecimal tidy = value.stripTrailingZeros();
        if (tidy.signum() < 0) {
            throw new InvalidRequestException("\"" + label + "\" cannot be negative.");
        }
        if (percentage) {
            if (tidy.compareTo(MAX_PERCENT) > 0) {
                throw new InvalidRequestException("\"" + label + "\" is a percentage from 0 to 100; " + value.toPlainString() + " is not.");
            }
            if (tidy.scale() > 1) {
                throw new InvalidRequestException("Give \"" + label + "\" with at most one decimal place.");
            }
            return tidy.setScale(1);
        }
        if (tidy.scale() > 0) {
            throw new InvalidRequestException("\"" + label + "\" is a whole number.");
        }
        if (tidy.compareTo(MAX_COUNT) > 0) {
            throw new InvalidRequestException("\"" + label + "\" can be at most 100,000.");
        }
        return tidy.setScale(1);
    }
}
