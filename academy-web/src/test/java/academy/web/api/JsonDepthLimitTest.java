package academy.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

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
    void aBodyThatCannotBeReadToItsEndIsRefusedAsTheRequestsFault() {
        ReaderInterceptorContext stalled = (ReaderInterceptorContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ReaderInterceptorContext.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getMediaType" -> MediaType.APPLICATION_JSON_TYPE;
                    case "getInputStream" -> new ByteArrayInputStream(new byte[0]);
                    case "setInputStream" -> null;
                    case "proceed" -> throw new IOException("java.util.concurrent.TimeoutException");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        assertThatThrownBy(() -> new JsonDepthLimit().aroundReadFrom(stalled)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("could not be read in full")
                .cause().isInstanceOf(IOException.class).hasMessage("java.util.concurrent.TimeoutException");
    }

    @Test
    void whatIsLeftOfARefusedBodyIsReadAwayUpToALimit() {
        ByteArrayInputStream small = new ByteArrayInputStream(new byte[100_000]);
        JsonDepthLimit.drain(small);
        assertThat(small.available()).isZero();

        ByteArrayInputStream huge = new ByteArrayInputStream(new byte[(int) (3 * JsonDepthLimit.MAX_DRAINED)]);
        JsonDepthLimit.drain(huge);
        assertThat(huge.available()).isEqualTo((int) (2 * JsonDepthLimit.MAX_DRAINED));
    }
}
