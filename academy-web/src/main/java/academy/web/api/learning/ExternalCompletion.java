package academy.web.api.learning;

import static academy.shared.JsonSupport.JSON;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.shared.InvalidRequestException;

/**
 * What an external content player reports: the learner (the signed-in caller) completed this
 * version of this module with this score at this moment. Read by hand from the JSON so that every
 * mistake (a missing member, text where a number belongs, a date that is not a date) gets a 400
 * problem that names it.
 */
@Schema(name = "ExternalCompletion", description = "A completion reported by an external content player")
@JsonbPropertyOrder({"module", "version", "score", "completedAt"})
public record ExternalCompletion(
        @Schema(required = true, example = "data-security-and-protection", description = "The module's slug") String module,
        @Schema(required = true, minimum = "1", example = "1", description = "The version the learner completed") int version,
        @Schema(required = true, minimum = "0", maximum = "100", example = "90", description = "Score in percent") int score,
        @Schema(required = true, example = "2026-03-02T09:00:00Z",
                description = "When it was completed (ISO 8601 with offset); not in the future") Instant completedAt) {

    static ExternalCompletion parse(String body) {
        JsonObject json = object(body);
        return new ExternalCompletion(text(json, "module"), whole(json, "version"), whole(json, "score"), instant(json));
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("Please send the completion as a JSON object with module, version, score and completedAt.");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonStructure read = reader.read();
            if (read instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException notJson) {
            // reported below
        }
        throw new InvalidRequestException("The body is not a JSON object; send module, version, score and completedAt.");
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            throw new InvalidRequestException("\"" + name + "\" must be the module's slug, as text.");
        }
        return string.getString().strip();
    }

    private static int whole(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException tooLarge) {
                // reported below
            }
        }
        throw new InvalidRequestException("\"" + name + "\" must be a whole number.");
    }

    private static Instant instant(JsonObject json) {
        JsonValue value = json.get("completedAt");
        if (value instanceof JsonString string) {
            try {
                OffsetDateTime date = OffsetDateTime.parse(string.getString().strip());
                // Years a database and a calendar can hold; anything beyond is no date anyone completed anything on.
                if (date.getYear() >= 1 && date.getYear() <= 9999) {
                    return date.toInstant();
                }
            } catch (DateTimeParseException notADate) {
                // reported below
            }
        }
        throw new InvalidRequestException("\"completedAt\" must be a date and time with its offset, "
                + "in the years 1 to 9999, such as 2026-03-02T09:00:00Z.");
    }
}
