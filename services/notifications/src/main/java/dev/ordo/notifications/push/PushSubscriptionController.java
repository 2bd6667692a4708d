package dev.ordo.notifications.push;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/push-subscriptions")
@Tag(name = "Push subscriptions", description = "Web push to this browser (the Push API)")
class PushSubscriptionController {

    private static final String PATH = "/api/v1/push-subscriptions";

    private final PushSubscriptionService subscriptions;
    private final PushProperties properties;

    PushSubscriptionController(PushSubscriptionService subscriptions, PushProperties properties) {
        this.subscriptions = subscriptions;
        this.properties = properties;
    }

    @GetMapping("/vapid-public-key")
    @Operation(
            summary = "The server's VAPID public key",
            description = "base64url; the browser subscribes with it as applicationServerKey. 404 "
                    + "(push-not-configured) when the server has no VAPID keys: push is off.")
    Map<String, String> vapidPublicKey() {
        if (!properties.configured()) {
            throw new NotFound("push-not-configured", "Web push is not configured on this server.");
        }
        return Map.of("publicKey", properties.vapidPublicKey());
    }

    @PostMapping
    @Operation(
            summary = "Push my notifications to this browser",
            description = "The browser's PushSubscription (endpoint, keys.p256dh, keys.auth). The same endpoint "
                    + "again answers the same subscription. 400 for an endpoint that is not https or keys that "
                    + "are not a P-256 public key and a 16-byte secret (base64url).")
    ResponseEntity<PushSubscriptionResponse> subscribe(@Valid @RequestBody SubscribeRequest request) {
        checkEndpoint(request.endpoint());
        checkKey(request.keys().p256dh(), 65, "keys.p256dh must be an uncompressed P-256 public key (base64url).");
        checkKey(request.keys().auth(), 16, "keys.auth must be a 16-byte secret (base64url).");
        PushSubscription s = subscriptions.subscribe(
                Caller.current().userId(),
                request.endpoint(),
                request.keys().p256dh(),
                request.keys().auth());
        return ResponseEntity.created(URI.create(PATH + "/" + s.id())).body(PushSubscriptionResponse.of(s));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Stop pushing to a browser", description = "404 if it is not one of mine.")
    ResponseEntity<Void> unsubscribe(@PathVariable UUID id) {
        if (!subscriptions.unsubscribe(Caller.current().userId(), id)) {
            throw new NotFound("There is no such push subscription.");
        }
        return ResponseEntity.noContent().build();
    }

    private void checkEndpoint(String endpoint) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("endpoint must be the push service's URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && properties.allowInsecureEndpoints());
        if (!allowed || uri.getHost() == null) {
            throw new InvalidInput("endpoint must be the push service's https URL.");
        }
    }

    private static void checkKey(String value, int length, String message) {
        try {
            if (Base64.getUrlDecoder().decode(value.replace("=", "")).length == length) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // not base64url: refused below
        }
        throw new InvalidInput(message);
    }
}
