package academy.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import academy.shared.NotFoundException;

class UnexpectedFailureMapperTest {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(UnexpectedFailureMapper.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            logged.add(entry);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
        log.setUseParentHandlers(false);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
    }

    @Test
    void anUnexpectedFailureIsA500CarryingOnlyTheIdItWasLoggedUnder() {
        IllegalStateException failure = new IllegalStateException("password=secret in jdbc:postgresql://db");

        Problem problem = UnexpectedFailureMapper.problemFor(failure, "GET", "/api/v1/modules");

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).isEqualTo("urn:academy:problem:unexpected");
        assertThat(problem.errorId()).isNotBlank();
        assertThat(problem.detail()).contains(problem.errorId()).doesNotContain("secret", "jdbc", "IllegalState");
        assertThat(problem.instance()).isEqualTo("/api/v1/modules");
        assertThat(logged).singleElement().satisfies(entry -> {
            assertThat(entry.getMessage()).contains(problem.errorId(), "GET /api/v1/modules");
            assertThat(entry.getThrown()).isSameAs(failure);
        });
    }

    @Test
    void anAcademyExceptionWrappedByAnInterceptorKeepsItsOwnAnswer() {
        RuntimeException wrapped = new RuntimeException(new RuntimeException(new NotFoundException("No such module.")));

        Problem problem = UnexpectedFailureMapper.problemFor(wrapped, "GET", "/api/v1/modules/x");

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEqualTo("No such module.");
        assertThat(problem.errorId()).isNull();
        assertThat(logged).isEmpty();
    }
}
