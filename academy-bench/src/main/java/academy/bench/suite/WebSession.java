package academy.bench.suite;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A signed-in visitor without a browser: signs in through the sign-in page's form as a browser
 * would, then keeps the session cookie, which the load tools send with their requests.
 */
final class WebSession {

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private WebSession(URI base) {
        this.base = base;
        cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A visitor who has not signed in. */
    static WebSession anonymous(URI base) {
        return new WebSession(base);
    }

    static WebSession signIn(URI base, String email, String password) throws IOException {
        WebSession session = new WebSession(base);
        HttpResponse<String> page = session.get("signin.xhtml");
        Document html = Jsoup.parse(page.body());
        Element emailField = html.selectFirst("input[id$=email]");
        Element passwordField = html.selectFirst("input[id$=password]");
        if (emailField == null || passwordField == null || emailField.closest("form") == null) {
            throw new IOException("the sign-in page has no email and password form (status " + page.statusCode() + ")");
        }
        Element form = emailField.closest("form");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.put(emailField.attr("name"), email);
        fields.put(passwordField.attr("name"), password);
        Element button = form.selectFirst("button[type=submit][name], input[type=submit][name], button[name]:not([type=button])");
        if (button != null) {
            fields.put(button.attr("name"), button.hasAttr("value") ? button.attr("value") : button.attr("name"));
        }
        html.select("script[nonce]").stream().map(s -> s.attr("nonce")).filter(n -> !n.isEmpty()).findFirst()
                .ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
        String action = form.attr("action").isEmpty() ? "signin.xhtml" : form.attr("action").replaceFirst("^/", "");
        session.post(action, fields);
        HttpResponse<String> me = session.get("api/v1/me");
        if (me.statusCode() != 200) {
            throw new IOException("signing in as " + email + " did not take: GET /api/v1/me answered " + me.statusCode());
        }
        return session;
    }

    HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().header("Accept", "text/html,application/json;q=0.9"));
    }

    HttpResponse<String> postJson(String path, String json, Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Origin", base.toString().replaceFirst("/$", ""));
        headers.forEach(request::header);
        return send(request);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws IOException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.toString().replaceFirst("/$", "")));
    }

    /** The Cookie header a browser in this session would send. */
    String cookieHeader() {
        return cookies.getCookieStore().get(base).stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
