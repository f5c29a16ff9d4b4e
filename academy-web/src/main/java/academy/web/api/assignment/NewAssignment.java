package academy.web.api.assignment;

import static academy.shared.JsonSupport.JSON;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import academy.learning.assignment.AssignmentRequest;
import academy.learning.assignment.AssignmentTarget;
import academy.learning.assignment.DueRule;
import academy.practice.JobRole;
import academy.shared.InvalidRequestException;

/**
 * A new assignment as JSON. Read by hand, so every mistake (a missing member, an unknown role, a
 * date that is not one) gets a 400 problem that names it.
 */
@Schema(name = "NewAssignment", description = "Whom, what and by when: give module or path; dueOn or dueWithinDays")
public record NewAssignment(
        @Schema(required = true, description = "person, role or everyone", example = "role") String target,
        @Schema(description = "For target person: the member's person id") Long personId,
        @Schema(description = "For target role: the job role's slug", example = "receptionist") String role,
        @Schema(description = "A module's slug", example = "data-security-and-protection") String module,
        @Schema(description = "A learning path's slug") String path,
        @Schema(description = "A fixed due day, today or later", example = "2026-12-31") LocalDate dueOn,
        @Schema(description = "Or: due within this many days (1 to 3650)", example = "30") Integer dueWithinDays,
        @Schema(description = "assignment (the default) or joining: what dueWithinDays counts from") String countFrom,
        @Schema(description = "Mandatory training cannot be dismissed") boolean mandatory) {

    static AssignmentRequest parse(String body) {
        JsonObject json = object(body);
        AssignmentTarget target = target(json);
        Optional<Long> personId = Optional.empty();
        if (json.get("personId") instanceof JsonNumber number && number.isIntegral()) {
            personId = Optional.of(number.longValue());
        } else if (json.containsKey("personId") && json.get("personId") != JsonValue.NULL) {
            throw new InvalidRequestException("\"personId\" must be a whole number.");
        }
        Optional<JobRole> role = text(json, "role").map(slug -> Arrays.stream(JobRole.values())
                .filter(r -> r.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("There is no job role \"" + slug + "\".")));
        return new AssignmentRequest(target, personId, role, text(json, "module"), text(json, "path"), due(json),
                json.getBoolean("mandatory", false));
    }

    private static AssignmentTarget target(JsonObject json) {
        String target = text(json, "target").orElseThrow(() ->
                new InvalidRequestException("\"target\" must be person, role or everyone."));
        try {
            return AssignmentTarget.valueOf(target.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequestException("\"target\" must be person, role or everyone.");
        }
    }

    private static DueRule due(JsonObject json) {
        Optional<String> day = text(json, "dueOn");
        JsonValue days = json.get("dueWithinDays");
        if (day.isPresent() == (days != null && days != JsonValue.NULL)) {
            throw new InvalidRequestException("Give either \"dueOn\" (a date) or \"dueWithinDays\" (a number of days).");
        }
        if (day.isPresent()) {
            try {
                return DueRule.on(LocalDate.parse(day.get()));
            } catch (DateTimeParseException notADate) {
                throw new InvalidRequestException("\"dueOn\" must be a date such as 2026-12-31.");
            }
        }
        if (!(days instanceof JsonNumber number) || !number.isIntegral() || number.longValue() > Integer.MAX_VALUE
                || number.longValue() < Integer.MIN_VALUE) {
            throw new InvalidRequestException("\"dueWithinDays\" must be a whole number of days.");
        }
        String from = text(json, "countFrom").orElse("assignment");
        return switch (from) {
            case "assignment" -> DueRule.withinDaysOfAssignment(number.intValue());
            case "joining" -> DueRule.withinDaysOfJoining(number.intValue());
            default -> throw new InvalidRequestException("\"countFrom\" must be assignment or joining.");
        };
    }

    private static Optional<String> text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidRequestException("\"" + name + "\" must be text.");
        }
        return Optional.of(string.getString().strip()).filter(s -> !s.isEmpty());
    }

    private static JsonObject object(String body) {
        if (body != null && !body.isBlank()) {
            try (JsonReader reader = JSON.createReader(new StringReader(body))) {
                JsonStructure read = reader.read();
                if (read instanceof JsonObject object) {
                    return object;
                }
            } catch (JsonException notJson) {
                // reported below
            }
        }
        throw new InvalidRequestException("Please send the assignment as a JSON object with target, module or path,"
                + " dueOn or dueWithinDays, and mandatory.");
    }
}
