package academy.shared;

import static academy.shared.JsonSupport.JSON;

import jakarta.json.spi.JsonProvider;

/**
 * The application's one JSON-P provider. {@code JSON.createObjectBuilder()} and its kin look the
 * provider up through the {@code ServiceLoader} on every call, a search of the class path that the
 * benchmarks' profiles showed in every API request and certificate; this looks it up once.
 * Providers are safe to share between threads.
 */
public final class JsonSupport {

    /** Use instead of {@code jakarta.json.Json}: {@code JSON.createObjectBuilder()}. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonSupport() {
    }
}
