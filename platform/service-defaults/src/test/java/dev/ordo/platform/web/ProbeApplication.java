package dev.ordo.platform.web;

import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.problems.RateLimited;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A tiny service that exercises every error path of the defaults. */
@SpringBootApplication
public class ProbeApplication {

    public record Signup(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank String name,
            int age) {}

    /** Dates of every bounded type, a list of labels and a nested value, as the services' request bodies have. */
    public record Plan(
            String title,
            java.time.LocalDate due,
            java.time.Instant at,
            java.time.OffsetDateTime from,
            java.time.ZonedDateTime zoned,
            java.time.LocalDateTime local,
            java.util.List<String> labels,
            java.util.List<java.util.UUID> ids,
            Signup owner) {}

    @RestController
    @Validated
    static class ProbeController {

        @PostMapping(path = "/probe/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
        Plan plan(@RequestBody Plan plan) {
            return plan;
        }

        @GetMapping("/probe/search")
        Map<String, Object> search(
                @RequestParam(required = false) String q,
                @RequestParam(required = false) java.time.LocalDate from,
                @RequestParam(required = false) java.time.Instant at,
                @RequestParam(required = false)
                        @org.springframework.format.annotation.DateTimeFormat(pattern = "dd.MM.yyyy")
                        java.time.LocalDate german) {
            return Map.of(
                    "q",
                    String.valueOf(q),
                    "from",
                    String.valueOf(from),
                    "at",
                    String.valueOf(at),
                    "german",
                    String.valueOf(german));
        }

        @PostMapping(path = "/probe/signup", consumes = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> signup(@Valid @RequestBody Signup signup) {
            return Map.of("email", signup.email());
        }

        @GetMapping("/probe/limited")
        void limited() {
            throw new RateLimited(Duration.ofSeconds(42));
        }

        @GetMapping("/probe/missing")
        void missing() {
            throw new NotFound("No such thing.");
        }

        @GetMapping("/probe/boom")
        void boom() {
            throw new IllegalStateException("secret internal detail");
        }

        @GetMapping("/probe/page")
        Map<String, Object> page(@RequestParam(defaultValue = "50") @Max(200) int limit) {
            return Map.of("limit", limit);
        }

        /** The address the service believes the client has (X-Forwarded-For from a trusted proxy only). */
        @GetMapping("/public/whoami")
        Map<String, String> whoami(jakarta.servlet.http.HttpServletRequest request) {
            return Map.of("address", request.getRemoteAddr());
        }

        @GetMapping("/public/ping")
        Map<String, String> ping() {
            return Map.of("pong", "yes");
        }
    }
}
