package dev.ordo.tasks.idempotency;

import dev.ordo.platform.web.ApiException;
import dev.ordo.tasks.config.TasksProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creating POSTs with an {@code Idempotency-Key}: the key, the request's hash and the answer are stored in
 * the same transaction as the created object, so a retried request (same key, same body) gets the very
 * same 201 (body and Location) and creates nothing; the same key with another body is a client bug (422).
 * Keys are per caller and remembered for {@code ordo.tasks.idempotency-key-ttl}.
 */
@Service
public class IdempotentCreates {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final Logger log = LoggerFactory.getLogger(IdempotentCreates.class);

    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final TasksProperties properties;
    private final Clock clock;

    IdempotentCreates(IdempotencyKeys keys, JsonMapper json, TasksProperties properties, Clock clock) {
        this.keys = keys;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Runs {@code create} once per key. Without a key it simply runs.
     *
     * @param scope   what is being created (the path), so one key reused on another endpoint is another request
     * @param request the parsed request body; its canonical JSON is what "the same body" means
     * @param type    the body's type, to give back the stored answer
     */
    @Transactional
    public <T> Created<T> create(
            UUID caller, String key, String scope, Object request, Class<T> type, Supplier<Created<T>> create) {
        if (key == null) {
            return create.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ApiException.badRequest("'" + HEADER + "' must be 1 to 255 visible ASCII characters.");
        }
        String hash = hash(scope, request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!keys.claim(caller, key, hash, now, now.minus(properties.idempotencyKeyTtl()))) {
            StoredResponse stored = keys.find(caller, key).orElseThrow();
            if (!stored.requestHash().equals(hash)) {
                throw new ApiException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "This " + HEADER
                                + " was already used for a different request. Use a new key for a new request.");
            }
            return new Created<>(URI.create(stored.location()), json.readValue(stored.body(), type));
        }
        Created<T> created = create.get();
        keys.complete(
                caller,
                key,
                HttpStatus.CREATED.value(),
                created.location().toString(),
                json.writeValueAsString(created.body()));
        return created;
    }

    /** Forgets keys older than the TTL; their requests, repeated now, would create again. */
    @Transactional
    public int forgetExpired() {
        int deleted = keys.deleteOlderThan(clock.instant().minus(properties.idempotencyKeyTtl()));
        if (deleted > 0) {
            log.info("Idempotency keys: {} expired keys deleted", deleted);
        }
        return deleted;
    }

    private String hash(String scope, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(scope.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
