package dev.ordo.platform.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service with answers and requests of the shapes the services have, for the document's rules. */
@SpringBootApplication
public class OpenApiProbeApplication {

    public record Place(String name, @Nullable String note) {}

    public record Thing(
            UUID id,
            String title,
            @Nullable String description,
            @Nullable Place place,
            List<String> labels,
            int count,
            @JsonProperty("renamed") String original) {}

    public record Things(List<Thing> items, @Nullable String nextCursor) {}

    public record CreateThing(String title, String description) {}

    /** A JSON Merge Patch of a thing: null removes a value. */
    public record ThingChanges(String title, String description, Place place) {}

    /** A patch that must name its one value. */
    public record Rename(
            @jakarta.validation.constraints.NotNull String title) {}

    @RestController
    static class ThingController {

        @GetMapping("/api/things")
        Things list() {
            return new Things(List.of(), null);
        }

        @PostMapping("/api/things")
        Thing create(@RequestBody CreateThing thing) {
            return new Thing(UUID.randomUUID(), thing.title(), null, null, List.of(), 0, "x");
        }

        @PatchMapping("/api/things/{id}")
        Thing change(@PathVariable UUID id, @RequestBody ThingChanges changes) {
            return new Thing(id, changes.title(), changes.description(), changes.place(), List.of(), 0, "x");
        }

        @PatchMapping("/api/things/{id}/title")
        Thing rename(@PathVariable UUID id, @RequestBody Rename rename) {
            return new Thing(id, rename.title(), null, null, List.of(), 0, "x");
        }

        @GetMapping("/api/public/things/{id}")
        Thing shown(@PathVariable UUID id) {
            return new Thing(id, "shown", null, null, List.of(), 0, "x");
        }
    }
}
