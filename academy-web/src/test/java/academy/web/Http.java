package academy.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/** A small HTTP client for the tests: plain requests against the running academy, JSON answers. */
public final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI application;
    private final URI server;

    /**
     * @param deployed the application's base URL as Arquillian reports it. Its host is the one
     *     Payara Micro prints for the instance, which need not be where the HTTP listener is bound
     *     (without clustering it is the machine's first network address); so requests go to
     *     {@code ACADEMY_HTTP_HOST}, the listener's address, when it is set.
     */
    public Http(URL deployed) {
        String listener = System.getenv("ACADEMY_HTTP_HOST");
        URI reported = URI.create(deployed.toString().endsWith("/") ? deployed.toString() : deployed + "/");
        this.application = listener == null || listener.isBlank() ? reported
                : URI.create(reported.getScheme() + "://" + listener.strip() + ":" + reported.getPort()
                        + reported.getRawPath());
        // MicroProfile Health and OpenAPI answer at the server root, whatever the context root is.
        this.server = URI.create(this.application.getScheme() + "://" + this.application.getRawAuthority() + "/");
    }

    /** GET a path relative to the application, e.g. {@code api/v1/modules}. */
    public Answer get(String path) {
        return send(HttpRequest.newBuilder(application.resolve(path)).GET().header("Accept", "application/json"));
    }

    /** GET a path relative to the server root, e.g. {@code health/ready}. */
    public Answer getFromServer(String path, String accept) {
        return send(HttpRequest.newBuilder(server.resolve(path)).GET().header("Accept", accept));
    }

    public Answer send(String method, String path) {
        return send(HttpRequest.newBuilder(application.resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", "application/json"));
    }

    public URI application() {
        return application;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Allow"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** What came back. */
    public record Answer(int status, String contentType, Optional<String> allow, String body) {

        /** The media type without parameters, e.g. {@code application/json}. */
        public String mediaType() {
            int semicolon = contentType.indexOf(';');
            return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException notJson) {
                throw new AssertionError("expected JSON but got " + status + " " + contentType + ":\n" + body, notJson);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
