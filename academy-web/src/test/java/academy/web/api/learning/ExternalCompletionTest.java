package academy.web.api.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import academy.shared.InvalidRequestException;

class ExternalCompletionTest {

    @Test
    void aWellFormedReportIsRead() {
        ExternalCompletion report = ExternalCompletion.parse("{\"module\": \" video-consultations \", \"version\": 2,"
                + " \"score\": 85, \"completedAt\": \"2026-03-02T10:00:00+01:00\"}");
        assertThat(report.module()).isEqualTo("video-consultations");
        assertThat(report.version()).isEqualTo(2);
        assertThat(report.score()).isEqualTo(85);
        assertThat(report.completedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                                                               | JSON object with module",
            "[1, 2]                                                                           | not a JSON object",
            "{\"module\": 7, \"version\": 1, \"score\": 1, \"completedAt\": \"2026-03-02T09:00:00Z\"}   | \"module\" must be",
            "{\"module\": \"m\", \"version\": 1.5, \"score\": 1, \"completedAt\": \"2026-03-02T09:00:00Z\"} | \"version\" must be a whole number",
            "{\"module\": \"m\", \"version\": 1, \"completedAt\": \"2026-03-02T09:00:00Z\"}               | \"score\" must be a whole number",
            "{\"module\": \"m\", \"version\": 99999999999, \"score\": 1, \"completedAt\": \"2026-03-02T09:00:00Z\"} | \"version\" must be a whole number",
            "{\"module\": \"m\", \"version\": 1, \"score\": 1, \"completedAt\": \"2026-03-02 09:00\"}        | \"completedAt\" must be",
            "{\"module\": \"m\", \"version\": 1, \"score\": 1, \"completedAt\": \"-999999999-01-01T00:00:00Z\"} | \"completedAt\" must be",
            "{\"module\": \"m\", \"version\": 1, \"score\": 1, \"completedAt\": \"+10000-01-01T00:00:00Z\"}   | \"completedAt\" must be",
            "{\"module\": \"m\", \"version\": 1, \"score\": 1}                                              | \"completedAt\" must be"})
    void everyMistakeIsNamed(String body, String message) {
        assertThatThrownBy(() -> ExternalCompletion.parse(body)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(message);
    }
}
