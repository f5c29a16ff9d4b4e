package academy.web.nhsuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import academy.web.nhsuk.DateEntry.Part;

class DateEntryTest {

    @Test
    void threeNumbersMakeADayWithSpacesAndLeadingZerosAllowed() {
        assertThat(new DateEntry(" 07", "12 ", "2026").read("Start date").date()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(new DateEntry("7", "Dec", "2026").read("Start date").date()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(new DateEntry("29", "february", "2028").read("Start date").date()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void threeEmptyBoxesAreNoDateAndNoError() {
        DateEntry.Reading reading = new DateEntry(null, " ", "").read("Start date");
        assertThat(reading.ok()).isTrue();
        assertThat(reading.date()).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NIL", value = {
        "NIL, 12, 2026, Start date must include a day, DAY",
        "7, NIL, 2026, Start date must include a month, MONTH",
        "7, 12, NIL, Start date must include a year, YEAR",
        "NIL, NIL, 2026, Start date must include a day and month, DAY MONTH",
        "7, NIL, NIL, Start date must include a month and year, MONTH YEAR",
        "NIL, 12, NIL, Start date must include a day and year, DAY YEAR"})
    void aMissingBoxIsNamedAndMarked(String day, String month, String year, String error, String wrong) {
        DateEntry.Reading reading = new DateEntry(day, month, year).read("Start date");
        assertThat(reading.error()).isEqualTo(error);
        assertThat(reading.wrong()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(wrong.split(" ")).map(Part::valueOf).toList());
    }

    @ParameterizedTest
    @CsvSource({
        "31, 2, 2026, DAY", "32, 1, 2026, DAY", "0, 1, 2026, DAY", "1, 13, 2026, MONTH", "1, 0, 2026, MONTH",
        "1, 1, 26, YEAR", "1, 1, 0999, YEAR", "1, 1, 20266, YEAR", "x, 1, 2026, DAY", "1, Smarch, 2026, MONTH",
        "-1, 1, 2026, DAY", "1.5, 1, 2026, DAY", "99999999999999999999, 1, 2026, DAY", "1, 1, 99999999999999999999, YEAR"})
    void anythingElseIsNotARealDate(String day, String month, String year, Part wrong) {
        DateEntry.Reading reading = new DateEntry(day, month, year).read("Start date");
        assertThat(reading.error()).isEqualTo("Enter a real date");
        assertThat(reading.date()).isNull();
        assertThat(reading.wrong()).isEqualTo(Set.of(wrong));
    }

    @Test
    void controlCharactersAndOtherScriptsAreNotARealDateEither() {
        assertThat(new DateEntry("1\u0000", "1", "2026").read("Date").error()).isEqualTo("Enter a real date");
        assertThat(new DateEntry("١", "١", "٢٠٢٦").read("Date").error()).isEqualTo("Enter a real date");
        assertThat(new DateEntry("7", "12", "2026\n").read("Date").date()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void withoutALabelTheMessageSaysDate() {
        assertThat(new DateEntry("7", "12", "").read(null).error()).isEqualTo("Date must include a year");
    }

    @Test
    void aHeldDayIsShownAsPlainNumbers() {
        assertThat(DateEntry.of(LocalDate.of(2026, 3, 4))).isEqualTo(new DateEntry("4", "3", "2026"));
        assertThat(DateEntry.of(null).blank()).isTrue();
    }
}
