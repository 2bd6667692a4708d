package dev.ordo.platform.web.probe;

import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.DomainException;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.problems.RateLimited;
import dev.ordo.platform.problems.Unauthenticated;
import dev.ordo.platform.problems.Unprocessable;
import dev.ordo.platform.problems.VersionMismatch;
import dev.ordo.platform.web.etag.ETags;
import dev.ordo.platform.web.idempotency.IdempotentCreate;
import dev.ordo.platform.web.patch.NotCleared;
import dev.ordo.platform.web.patch.Patch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The probe's pieces for the platform's API rules: a creating POST, a merge patch, domain problems. */
public final class ProbeThings {

    private ProbeThings() {}

    public record NewThing(@NotBlank String name) {}

    public record Thing(UUID id, String name) {}

    /** A value object: replaced whole. */
    public record Window(@NotNull LocalDate from, @NotNull LocalDate to) {}

    public record ChangeThing(
            @NotCleared @NotBlank @Size(max = 10) Patch<String> name,
            @Size(max = 20) Patch<String> note,
            @Max(5) Patch<Integer> stars,
            Patch<List<String>> tags,
            @Valid Patch<Window> window) {}

    /** Lets a test hold a creating request in the middle of its transaction. */
    public static final class Gate {
        private static volatile CountDownLatch held = new CountDownLatch(0);

        public static void close() {
            held = new CountDownLatch(1);
        }

        public static void open() {
            held.countDown();
        }

        static void pass() {
            try {
                if (!held.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the gate stayed closed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Service
    public static class ThingService {
        private final JdbcClient jdbc;

        ThingService(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        public Thing create(NewThing request) {
            Thing thing = new Thing(UUID.randomUUID(), request.name());
            jdbc.sql("insert into probe_thing (id, name) values (:id, :name)")
                    .param("id", thing.id())
                    .param("name", thing.name())
                    .update();
            if (request.name().startsWith("held")) {
                Gate.pass();
            }
            if (request.name().equals("taken")) {
                throw new Conflict("name-taken", "A thing with this name exists.");
            }
            return thing;
        }
    }

    @RestController
    static class ThingController {
        private final ThingService things;

        ThingController(ThingService things) {
            this.things = things;
        }

        @PostMapping("/probe/things")
        @IdempotentCreate
        ResponseEntity<Thing> create(@Valid @RequestBody NewThing request) {
            Thing thing = things.create(request);
            return ResponseEntity.created(URI.create("/probe/things/" + thing.id()))
                    .eTag(ETags.of(0))
                    .body(thing);
        }

        /** The same, without the annotation: a key is ignored. */
        @PostMapping("/probe/plain-things")
        ResponseEntity<Thing> createPlain(@Valid @RequestBody NewThing request) {
            Thing thing = things.create(request);
            return ResponseEntity.created(URI.create("/probe/things/" + thing.id()))
                    .body(thing);
        }

        /** Says what the patch asked for, member by member. */
        @PatchMapping("/probe/things/{id}")
        Map<String, Object> change(@PathVariable UUID id, @Valid @RequestBody ChangeThing change) {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("name", describe(change.name()));
            seen.put("note", describe(change.note()));
            seen.put("stars", describe(change.stars()));
            seen.put("tags", describe(change.tags()));
            seen.put("window", describe(change.window()));
            return seen;
        }

        private static Object describe(Patch<?> patch) {
            return switch (patch) {
                case Patch.Absent<?> unchanged -> "absent";
                case Patch.Cleared<?> cleared -> "cleared";
                case Patch.Value<?> value -> value.value();
            };
        }

        @GetMapping("/probe/problems/{kind}")
        void problem(@PathVariable String kind) {
            DomainException problem = switch (kind) {
                case "invalid" -> new InvalidInput("Bad value.").with("position", 7);
                case "unauthenticated" -> new Unauthenticated("Who are you?");
                case "forbidden" -> new Forbidden("email-not-verified", "Verify your email address first.");
                case "not-found" -> new NotFound("No such thing.");
                case "conflict" -> new Conflict("It is in the way.");
                case "stale" -> new VersionMismatch();
                case "unprocessable" -> new Unprocessable("Contradicts an earlier request.");
                case "limited" -> new RateLimited(Duration.ofSeconds(42));
                default -> throw new IllegalArgumentException(kind);
            };
            throw problem;
        }

        @GetMapping("/probe/etag")
        void etag(@org.springframework.web.bind.annotation.RequestHeader("If-Match") String ifMatch) {
            ETags.check(ETags.version(ifMatch), 3);
        }
    }
}
