package academy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's browser session without a browser: cookies kept, redirects not followed (so a test
 * can see them). {@link #signIn} signs in the way a browser does, through the sign-in page's form
 * (the academy's form mechanism: GET {@code /signin.xhtml}, then POST its form with the
 * Faces view state, the email and password fields (ids ending in {@code email} and
 * {@code password}) and the submit button). {@link #submit} posts any Faces form the same way.
 */
public final class SignInSession {

    public static final String SIGN_IN_PAGE = "signin.xhtml";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI application;
    private final HttpClient client;

    /** What came back: status, where a redirect points, media type, body. */
    public record Response(int status, Optional<String> location, String contentType, String body) {

        public boolean redirectsToSignIn() {
            return status / 100 == 3 && location.filter(l -> l.contains("/" + SIGN_IN_PAGE)).isPresent();
        }

        public Document html() {
            return Jsoup.parse(body);
        }

        @Override
        public String toString() {
            return status + location.map(l -> " -> " + l).orElse("") + " " + contentType;
        }
    }

    /** The sign-in page is not in this build (it is built on another branch), or its form is not as expected. */
    public static class SignInUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SignInUnavailableException(String message) {
            super(message);
        }
    }

    /** A session that is not signed in. */
    public SignInSession(URI application) {
        this.application = application;
        CookieManager cookies = new CookieManager();
        cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Signs in through the sign-in page's form and checks with {@code GET /api/v1/me} that it worked.
     *
     * @throws SignInUnavailableException when the page or its form is missing, or the sign-in did not take
     */
    public static SignInSession signIn(URI application, String email, String password) {
        SignInSession session = new SignInSession(application);
        Response page = session.get(SIGN_IN_PAGE);
        if (page.status() != 200) {
            throw new SignInUnavailableException("GET /" + SIGN_IN_PAGE + " answered " + page);
        }
        Document html = page.html();
        Element emailField = html.selectFirst("input[id$=email]");
        Element passwordField = html.selectFirst("input[id$=password]");
        if (emailField == null || passwordField == null || emailField.closest("form") == null) {
            throw new SignInUnavailableException("/" + SIGN_IN_PAGE + " has no form with inputs whose ids end in email and password");
        }
        Element form = emailField.closest("form");
        Map<String, String> fields = formFields(form);
        fields.put(emailField.attr("name"), email);
        fields.put(passwordField.attr("name"), password);
        Element button = form.selectFirst("button[type=submit][name], input[type=submit][name], button[name]:not([type=button])");
        if (button != null) {
            fields.put(button.attr("name"), button.hasAttr("value") ? button.attr("value") : button.attr("name"));
        }
        withNonce(html, fields);
        Response posted = session.post(action(form, SIGN_IN_PAGE), fields);
        Response me = session.get("api/v1/me");
        if (me.status() != 200) {
            throw new SignInUnavailableException("signing in as " + email + " did not take: the form answered " + posted
                    + ", then GET /api/v1/me answered " + me);
        }
        return session;
    }

    /** GET a path relative to the application, e.g. {@code practice/roster.xhtml?practice=3}. */
    public Response get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET().header("Accept", "text/html,application/json;q=0.9"));
    }

    /** GET with an explicit Accept header (the API answers JSON). */
    public Response get(String path, String accept) {
        return send(HttpRequest.newBuilder(resolve(path)).GET().header("Accept", accept));
    }

    /**
     * Submits the form with the given id on {@code page} (as returned by a GET), as a plain (non-ajax)
     * post pressing {@code buttonName}, with {@code values} replacing or adding fields. Names and ids
     * may be given without the form's prefix.
     */
    public Response submit(Document page, String formId, String buttonName, Map<String, String> values) {
        Element form = formOf(page, formId);
        if (form.attr("enctype").equalsIgnoreCase("multipart/form-data")) {
            // As a browser sends it: every file field as a part, empty when no file is chosen.
            return submitMultipart(page, formId, buttonName, values, Map.of());
        }
        return post(action(form, ""), pressed(page, form, formId, buttonName, values));
    }

    private static Element formOf(Document page, String formId) {
        Element form = page.getElementById(formId);
        if (form == null) {
            throw new AssertionError("the page has no form " + formId + ":\n" + page.body().text());
        }
        return form;
    }

    /** The fields the form sends when {@code buttonName} is pressed, with {@code values} replacing or adding fields. */
    private static Map<String, String> pressed(Document page, Element form, String formId, String buttonName,
                                               Map<String, String> values) {
        Map<String, String> fields = formFields(form);
        values.forEach((name, value) -> fields.put(name.startsWith(formId + ":") ? name : formId + ":" + name, value));
        String button = buttonName.startsWith(formId + ":") ? buttonName : formId + ":" + buttonName;
        fields.put(button, button);
        return withNonce(page, fields);
    }

    /**
     * PrimeFaces' script adds the page's CSP nonce to every form of the page, so a browser sends it
     * with every postback; the academy refuses a form without it before any action runs.
     */
    private static Map<String, String> withNonce(Document page, Map<String, String> fields) {
        page.select("script[nonce]").stream().map(script -> script.attr("nonce")).filter(n -> !n.isEmpty())
                .findFirst().ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
        return fields;
    }

    /** A file a test chooses for a file field: its name on the uploader's computer and its bytes. */
    public record FileChoice(String fileName, byte[] content) {
        /** What a browser sends for a file field left empty. */
        public static final FileChoice NONE = new FileChoice("", new byte[0]);
    }

    /**
     * As {@link #submit}, for a {@code multipart/form-data} form with one file field: sends the
     * file's name and bytes as a browser's file chooser would.
     */
    public Response submitWithFile(Document page, String formId, String buttonName, Map<String, String> values,
                                   String fileField, String fileName, byte[] content) {
        return submitMultipart(page, formId, buttonName, values, Map.of(fileField, new FileChoice(fileName, content)));
    }

    /**
     * As {@link #submit}, for a {@code multipart/form-data} form: every file field of the form is sent
     * as a part, with the file given for it in {@code files} (names or ids without the form's prefix
     * allowed) or empty, as a browser does.
     */
    public Response submitMultipart(Document page, String formId, String buttonName, Map<String, String> values,
                                    Map<String, FileChoice> files) {
        Element form = formOf(page, formId);
        Map<String, String> fields = pressed(page, form, formId, buttonName, values);
        Map<String, FileChoice> parts = new LinkedHashMap<>();
        for (Element input : form.select("input[type=file][name]")) {
            fields.remove(input.attr("name"));
            parts.put(input.attr("name"), FileChoice.NONE);
        }
        files.forEach((name, file) -> parts.put(name.startsWith(formId + ":") ? name : formId + ":" + name, file));
        String boundary = "----academy-test-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        parts.forEach((name, file) -> {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file.content());
            text.accept("\r\n");
        });
        text.accept("--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(resolve(action(form, ""))).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html"));
    }

    /** GET returning the raw bytes and headers, for downloads. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(HttpRequest.newBuilder(resolve(path)).GET().timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Every field a browser would send for the form as it stands (hidden ones, inputs, the selected options). */
    public static Map<String, String> formFields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("image")
                    || (type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            // A checked box without a value attribute sends "on", as browsers do.
            fields.put(input.attr("name"), type.equals("checkbox") && !input.hasAttr("value") ? "on" : input.val());
        }
        for (Element select : form.select("select[name]")) {
            Element selected = Optional.ofNullable(select.selectFirst("option[selected]")).orElse(select.selectFirst("option"));
            fields.put(select.attr("name"), selected == null ? "" : selected.val());
        }
        for (Element area : form.select("textarea[name]")) {
            fields.put(area.attr("name"), area.val());
        }
        return fields;
    }

    private static String action(Element form, String fallback) {
        String action = form.attr("action");
        return action.isBlank() ? fallback : action;
    }

    public Response post(String path, Map<String, String> fields) {
        return postRaw(path, fields, "");
    }

    /**
     * POST a form: {@code fields}, then {@code more} as already encoded {@code &name=value} pairs (for
     * names a form sends several times, such as check boxes).
     */
    public Response postRaw(String path, Map<String, String> fields, String more) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")) + more;
        return send(HttpRequest.newBuilder(resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html"));
    }

    /** POST a JSON body to a path of the API, with extra request headers (e.g. Idempotency-Key, Origin). */
    public Response postJson(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        headers.forEach(request::header);
        return send(request);
    }

    /** DELETE a path of the API. */
    public Response delete(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).DELETE().header("Accept", "application/json"));
    }

    /** GET a file (a PDF) as bytes, with this session's cookies. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(resolve(path)).GET().header("Accept", "*/*").timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // Root-relative paths (form actions) resolve against the server, others against the application.
    private URI resolve(String path) {
        return application.resolve(path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Location"),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
