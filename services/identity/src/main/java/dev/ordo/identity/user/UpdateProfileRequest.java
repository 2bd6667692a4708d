package dev.ordo.identity.user;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A partial profile: fields left out (or null) stay as they are. Fields that are not part of the
 * profile, or not changeable here (email, roles, id...), are collected so they can be refused by name
 * instead of being silently ignored.
 */
@Schema(description = "Profile fields to change; the others stay as they are")
public record UpdateProfileRequest(
        @Size(min = 1, max = 100) String name,
        @ValidTimezone @Schema(example = "Europe/Berlin") String timezone,
        @ValidLocale @Schema(example = "de-CH") String locale,

        @Pattern(regexp = Preferences.THEMES, message = "must be one of light, dark, system") @Schema(allowableValues = {"light", "dark", "system"})
        String theme,

        @Pattern(regexp = Preferences.TASK_SORTS, message = "must be one of position, due, priority, urgency, created") @Schema(allowableValues = {"position", "due", "priority", "urgency", "created"})
        String defaultTaskSort,

        @Valid NotificationPreferencesPatch notificationPreferences,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> otherFields) {

    public UpdateProfileRequest {
        name = name == null ? null : name.strip();
    }

    /** The names of fields this request may not carry, e.g. {@code email} or {@code notificationPreferences.sms}. */
    public List<String> fieldsNotAllowed() {
        List<String> names = new ArrayList<>();
        if (otherFields != null) {
            names.addAll(otherFields.keySet());
        }
        if (notificationPreferences != null && notificationPreferences.otherFields() != null) {
            notificationPreferences.otherFields().keySet().forEach(k -> names.add("notificationPreferences." + k));
        }
        return names.stream().sorted().toList();
    }

    public ProfileChanges toChanges() {
        return new ProfileChanges(
                name,
                timezone,
                locale == null ? null : Preferences.canonicalLocale(locale).orElseThrow(),
                theme,
                defaultTaskSort,
                notificationPreferences == null ? null : notificationPreferences.toChanges());
    }

    @Schema(description = "Notification switches to change; the others stay as they are")
    public record NotificationPreferencesPatch(
            Boolean email,
            Boolean push,
            Boolean inApp,
            Boolean dailyDigest,
            @JsonAnySetter @Schema(hidden = true) Map<String, Object> otherFields) {

        ProfileChanges.NotificationChanges toChanges() {
            return new ProfileChanges.NotificationChanges(email, push, inApp, dailyDigest);
        }
    }
}
