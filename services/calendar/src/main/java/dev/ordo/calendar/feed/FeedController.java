package dev.ordo.calendar.feed;

import dev.ordo.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/calendar/feed")
@Tag(name = "Calendar feed", description = "My tasks and events as an iCalendar feed calendar apps subscribe to")
class FeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final String PATH = "/api/v1/calendar/feed/";

    /** The address of a feed. */
    record FeedAddress(String url) {}

    private final FeedService feeds;
    private final CalendarProperties properties;

    FeedController(FeedService feeds, CalendarProperties properties) {
        this.feeds = feeds;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "My feed's address", description = "Made on first read; whoever has it reads the feed.")
    FeedAddress address() {
        return new FeedAddress(url(feeds.secret(Caller.current().userId())));
    }

    @PostMapping("/reset")
    @Operation(summary = "Replace my feed's address", description = "The old address answers 404 from now on.")
    FeedAddress reset() {
        return new FeedAddress(url(feeds.reset(Caller.current().userId())));
    }

    @GetMapping("/{secret}.ics")
    @Operation(
            summary = "A feed (no token: the secret address is the key)",
            description = "text/calendar (RFC 5545): VEVENTs for events and tasks due at a time, VTODOs for tasks.")
    ResponseEntity<String> feed(@PathVariable String secret) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore())
                .body(feeds.feed(secret));
    }

    private String url(String secret) {
        String base = properties.feedBaseUrl().isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : properties.feedBaseUrl();
        return base + PATH + secret + ".ics";
    }
}
