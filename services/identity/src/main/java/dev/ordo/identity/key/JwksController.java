package dev.ordo.identity.key;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Keys", description = "The public keys that verify Ordo access tokens")
class JwksController {

    /** Short, so a rotation reaches verifiers quickly; they also re-fetch on an unknown kid. */
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final KeyRing ring;

    JwksController(KeyRing ring) {
        this.ring = ring;
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Public signing keys (JWKS)")
    ResponseEntity<Map<String, Object>> jwks() {
        // publicKeysOnly: the ring holds public keys already, and this makes sure of it
        return ResponseEntity.ok().cacheControl(CACHE).body(ring.publicKeys().toJSONObject(true));
    }
}
