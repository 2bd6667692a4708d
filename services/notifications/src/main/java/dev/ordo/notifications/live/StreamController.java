package dev.ordo.notifications.live;

import dev.ordo.platform.problems.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Notifications", description = "The in-app inbox and its live stream")
class StreamController {

    private final LocalStreams streams;

    StreamController(LocalStreams streams) {
        this.streams = streams;
    }

    @GetMapping(path = "/api/v1/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "My live stream (Server-Sent Events)",
            description = "Events: `notification` (id: my stream's sequence number; data: the notification as "
                    + "listed), `unread-count` (data: {\"count\"}, on connect and after every notification), "
                    + "`change` (id: the sequence; data: {\"kind\":\"task|project|comment\",\"action\":"
                    + "\"created|updated|deleted\",\"id\",\"projectId\",\"taskId\"}) for changes by others in my "
                    + "projects. A comment `: heartbeat` every 15 s. With Last-Event-ID, what came after that id "
                    + "(within the last hour) is sent first. At most 4 open streams per user: a fifth closes the "
                    + "oldest. The stream ends when the token expires; reconnect with a fresh one and Last-Event-ID.")
    SseEmitter stream(
            @AuthenticationPrincipal Jwt jwt,
            @Parameter(description = "the id of the last event received, to resume after it")
                    @RequestHeader(name = "Last-Event-ID", required = false)
                    String lastEventId) {
        Instant expires = jwt.getExpiresAt() == null ? Instant.MAX : jwt.getExpiresAt();
        return streams.open(UUID.fromString(jwt.getSubject()), sequence(lastEventId), expires);
    }

    private static Long sequence(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long seq = Long.parseLong(lastEventId.trim());
            if (seq < 0) {
                throw new NumberFormatException();
            }
            return seq;
        } catch (NumberFormatException e) {
            throw new InvalidInput("Last-Event-ID must be the id of an event of this stream (a number).");
        }
    }
}
