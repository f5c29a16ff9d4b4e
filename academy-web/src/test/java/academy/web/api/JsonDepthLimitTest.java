package academy.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import academy.shared.InvalidRequestException;

class JsonDepthLimitTest {

    private static String readThrough(String json) throws IOException {
        try (InputStream in = new JsonDepthLimit.DepthCountingStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bodiesOfOrdinaryDepthPassUnchanged() throws IOException {
        String body = "{\"module\":\"a[{b\",\"x\":[[1],{\"y\":\"\\\"[[[\"}],\"n\":\"caf\u00e9\"}";
        assertThat(readThrough(body)).isEqualTo(body);
        String deepEnough = "[".repeat(JsonDepthLimit.MAX_DEPTH) + "]".repeat(JsonDepthLimit.MAX_DEPTH);
        assertThat(readThrough(deepEnough)).isEqualTo(deepEnough);
    }

    @Test
    void nestingBeyondTheLimitIsRefusedWhileStreaming() {
        assertThatThrownBy(() -> readThrough("[".repeat(20_000))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("more than " + JsonDepthLimit.MAX_DEPTH);
        assertThatThrownBy(() -> readThrough("{\"a\":".repeat(JsonDepthLimit.MAX_DEPTH + 1))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void whatIsLeftOfARefusedBodyIsReadAwayUpToALimit() throws IOException {
        ByteArrayInputStream small = new ByteArrayInputStream(new byte[100_000]);
        JsonDepthLimit.drain(small);
        assertThat(small.available()).isZero();

        ByteArrayInputStream huge = new ByteArrayInputStream(new byte[(int) (3 * JsonDepthLimit.MAX_DRAINED)]);
        JsonDepthLimit.drain(huge);
        assertThat(huge.available()).isEqualTo((int) (2 * JsonDepthLimit.MAX_DRAINED));
    }
}
