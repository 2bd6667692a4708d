package dev.ordo.notifications.push;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the browser's PushSubscription.toJSON() gives (its expirationTime is not kept). */
record SubscribeRequest(
        @NotBlank @Size(max = 2048) String endpoint,
        @NotNull @Valid Keys keys) {

    /**
     * @param p256dh the browser's P-256 public key, uncompressed, base64url
     * @param auth   its 16-byte authentication secret, base64url
     */
    record Keys(
            @NotBlank @Size(max = 200) String p256dh,
            @NotBlank @Size(max = 100) String auth) {}
}
