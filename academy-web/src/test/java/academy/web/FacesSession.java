package academy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor without a browser: a cookie-keeping HTTP client that opens Faces pages and sends
 * their forms as a browser would (the view state and PrimeFaces' CSP nonce included). Redirects
 * are not followed, so tests see them.
 */
public final class FacesSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final URI application;
    private final CookieManager cookies;
    private final HttpClient client;
    private final Map<String, String> everyRequest;

    public FacesSession(URI application) {
        this(application, new CookieManager(null, CookiePolicy.ACCEPT_ALL), Map.of());
    }

    private FacesSession(URI application, CookieManager cookies, Map<String, String> everyRequest) {
        this.application = application;
        this.cookies = cookies;
        this.everyRequest = Map.copyOf(everyRequest);
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * A browser that reaches the academy over HTTPS through a reverse proxy that ends TLS: every
     * request carries the proxy's {@code X-Forwarded-Proto: https}, and cookies marked Secure are
     * sent back (the browser's connection is HTTPS even though the academy's is not).
     */
    public static FacesSession behindHttpsProxy(URI application) {
        CookieManager overHttps = new CookieManager(null, CookiePolicy.ACCEPT_ALL) {
            @Override
            public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers)
                    throws IOException {
                return super.get(URI.create("https" + uri.toString().substring(uri.getScheme().length())), headers);
            }
        };
        return new FacesSession(application, overHttps, Map.of("X-Forwarded-Proto", "https"));
    }

    /** The same visitor, sending these headers with every request (e.g. a forged X-Forwarded-Proto). */
    public FacesSession withHeaders(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(everyRequest);
        all.putAll(headers);
        return new FacesSession(application, cookies, all);
    }

    /** GET a path relative to the application, e.g. {@code signin.xhtml}. */
    public Response get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** GET, following redirects within the academy. */
    public Response open(String path) {
        Response response = get(path);
        for (int hops = 0; response.isRedirect() && hops < 5; hops++) {
            response = get(response.location().orElseThrow());
        }
        return response;
    }

    /**
     * Sends the form {@code formId} of {@code page} with these fields (ids without the form prefix)
     * and presses {@code button}.
     */
    public Response submit(Response page, String formId, Map<String, String> fields, String button) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        body.put(formId + ":" + button, button);
        body.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body())
                .orElseThrow(() -> new AssertionError("no view state on " + page)));
        find(NONCE, page.body()).ifPresent(nonce -> body.put("primefaces.nonce", nonce));
        return post(page.uri().getRawPath(), body, Map.of());
    }

    /** POST a form body to a path, with extra request headers (e.g. Origin). */
    public Response post(String path, Map<String, String> form, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"))));
        headers.forEach(request::header);
        return send(request);
    }

    /** The session cookie's value, if the academy has given one. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    public URI resolve(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            URI given = URI.create(path);
            // Links in mail use ACADEMY_BASE_URL; the tests' academy listens elsewhere.
            return application.resolve(given.getRawPath().substring(1) + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery()));
        }
        return application.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            everyRequest.forEach(request::header);
            HttpRequest built = request.timeout(TIMEOUT).build();
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(built.uri(), response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).replace("&amp;", "&")) : Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What came back. */
    public record Response(URI uri, int status, HttpHeaders headers, String body) {

        public boolean isRedirect() {
            return status == 302 || status == 303 || status == 301 || status == 307;
        }

        public Optional<String> location() {
            return headers.firstValue("Location");
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The Set-Cookie header that sets this cookie, if the response has one. */
        public Optional<String> setCookie(String name) {
            return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).reduce((a, b) -> b);
        }

        /** The body with markup removed and white space collapsed, for checking what a person reads. */
        public String text() {
            return body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ")
                    .replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ");
        }

        @Override
        public String toString() {
            return status + " " + uri + " " + headers.map() + "\n" + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
        }
    }
}
