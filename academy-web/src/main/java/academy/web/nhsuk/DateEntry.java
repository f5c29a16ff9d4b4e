package academy.web.nhsuk;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What someone typed into the three boxes of a date (day, month, year), and the rules that make a
 * date of it, as the NHS.UK date input pattern asks: a missing part is named ("Date of birth must
 * include a year"), anything else that is not a date on the calendar is "Enter a real date". Any
 * text at all gives one of those answers, never an exception.
 */
public record DateEntry(String day, String month, String year) implements Serializable {

    /** One box of the three. */
    public enum Part {
        DAY("day"), MONTH("month"), YEAR("year");

        private final String word;

        Part(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    public DateEntry {
        day = clean(day);
        month = clean(month);
        year = clean(year);
    }

    /** The boxes as the day shows them, for a form that draws a date already held. */
    public static DateEntry of(LocalDate date) {
        return date == null ? new DateEntry("", "", "")
                : new DateEntry(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean blank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The date, none for three empty boxes, or what is wrong and which boxes to mark. */
    public Reading read(String label) {
        if (blank()) {
            return new Reading(null, null, EnumSet.noneOf(Part.class));
        }
        String name = label == null || label.isBlank() ? "Date" : label.trim();
        EnumSet<Part> missing = EnumSet.noneOf(Part.class);
        if (day.isEmpty()) {
            missing.add(Part.DAY);
        }
        if (month.isEmpty()) {
            missing.add(Part.MONTH);
        }
        if (year.isEmpty()) {
            missing.add(Part.YEAR);
        }
        if (!missing.isEmpty()) {
            List<String> words = new ArrayList<>();
            missing.forEach(p -> words.add(p.word()));
            return new Reading(null, name + " must include a " + String.join(" and ", words), missing);
        }
        EnumSet<Part> wrong = EnumSet.noneOf(Part.class);
        int d = DAY_OR_MONTH.matcher(day).matches() ? Integer.parseInt(day) : -1;
        int m = monthNumber(month);
        int y = YEAR.matcher(year).matches() ? Integer.parseInt(year) : -1;
        if (d < 1 || d > 31) {
            wrong.add(Part.DAY);
        }
        if (m < 1 || m > 12) {
            wrong.add(Part.MONTH);
        }
        if (y < 1000) {
            wrong.add(Part.YEAR);
        }
        if (wrong.isEmpty()) {
            try {
                return new Reading(LocalDate.of(y, m, d), null, wrong);
            } catch (DateTimeException notOnTheCalendar) {
                wrong.add(Part.DAY);
            }
        }
        return new Reading(null, "Enter a real date", wrong);
    }

    /** The outcome of {@link #read}: a date (null for none) or an error naming the boxes to mark. */
    public record Reading(LocalDate date, String error, Set<Part> wrong) {

        public boolean ok() {
            return error == null;
        }
    }

    private static int monthNumber(String text) {
        if (DAY_OR_MONTH.matcher(text).matches()) {
            return Integer.parseInt(text);
        }
        String lower = text.toLowerCase(Locale.UK);
        if (lower.length() >= 3) {
            for (int i = 0; i < MONTHS.size(); i++) {
                if (MONTHS.get(i).equals(lower) || MONTHS.get(i).substring(0, 3).equals(lower)) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static String clean(String part) {
        return part == null ? "" : part.strip();
    }
}
