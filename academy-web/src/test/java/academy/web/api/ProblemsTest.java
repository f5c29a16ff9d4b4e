package academy.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import academy.shared.AcademyException;
import academy.shared.AccessDeniedException;
import academy.shared.InvalidRequestException;
import academy.shared.NotFoundException;

class ProblemsTest {

    private static final String PATH = "/api/v1/modules/x";

    @Test
    void notFoundIsA404WithTheUserMessage() {
        Problem problem = Problems.of(new NotFoundException("There is no module called \"x\"."), PATH);

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.type()).isEqualTo("urn:academy:problem:not-found");
        assertThat(problem.title()).isEqualTo("Not found");
        assertThat(problem.detail()).isEqualTo("There is no module called \"x\".");
        assertThat(problem.instance()).isEqualTo(PATH);
        assertThat(problem.parameter()).isNull();
    }

    @Test
    void anInvalidRequestIsA400() {
        Problem problem = Problems.of(new InvalidRequestException("The page size must be between 1 and 100."), PATH);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:academy:problem:invalid-request");
    }

    @Test
    void anInvalidParameterIsA400NamingTheParameterAndWhatItMayBe() {
        Problem problem = Problems.of(new InvalidParameterException("area", "The parameter \"area\" must be …",
                "one of a, b", List.of("a", "b")), PATH);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:academy:problem:invalid-parameter");
        assertThat(problem.parameter()).isEqualTo("area");
        assertThat(problem.allowed()).isEqualTo("one of a, b");
        assertThat(problem.allowedValues()).containsExactly("a", "b");
    }

    @Test
    void aParameterWhoseValuesCannotBeListedLeavesTheListOut() {
        Problem problem = Problems.of(new InvalidParameterException("size", "…", "a whole number from 1 to 100",
                List.of()), PATH);

        assertThat(problem.allowedValues()).isNull();
    }

    @Test
    void accessDeniedIsA403() {
        Problem problem = Problems.of(new AccessDeniedException("Only administrators can do that."), PATH);

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.type()).isEqualTo("urn:academy:problem:forbidden");
        assertThat(problem.detail()).isEqualTo("Only administrators can do that.");
    }

    @Test
    void nobodySignedInIsA401() {
        Problem problem = Problems.of(new SignInRequiredException(), PATH);

        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.type()).isEqualTo("urn:academy:problem:sign-in-required");
    }

    @Test
    void anyOtherAcademyExceptionIsARefusalWith409() {
        Problem problem = Problems.of(new AcademyException("You have already applied."), PATH);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("urn:academy:problem:conflict");
        assertThat(problem.detail()).isEqualTo("You have already applied.");
    }
}
