package dev.ordo.notifications.preference;

import dev.ordo.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notification-preferences")
@Tag(name = "Notification preferences", description = "What I am told on which channel, quiet hours, the digest")
class PreferencesController {

    private final PreferencesService preferences;

    PreferencesController(PreferencesService preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(summary = "My notification preferences", description = "Every type with every channel.")
    PreferencesResponse get() {
        return preferences.get(Caller.current().userId());
    }

    @PutMapping
    @Operation(
            summary = "Replace my notification preferences",
            description = "A type or channel left out gets its default; timezone is ignored (it is the profile's). "
                    + "400 for an unknown type or channel, a time not HH:mm, quiet hours that end when they start, "
                    + "a default reminder outside 0..40320 minutes.")
    PreferencesResponse put(@Valid @RequestBody PreferencesRequest request) {
        return preferences.put(Caller.current().userId(), request);
    }
}
