package dev.ordo.notifications.inbox;

import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "My in-app inbox: what I was told, read, unread and archived")
class NotificationController {

    private final InboxService inbox;

    NotificationController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(
            summary = "My notifications, newest first",
            description = "Keyset pages. unread=true only unread, unread=false only read, absent both; "
                    + "archived=true only archived ones, else (default) only those not archived.")
    Page<NotificationResponse> list(
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit,
            @Parameter(description = "true: only unread; false: only read") @RequestParam(required = false)
                    Boolean unread,
            @Parameter(description = "true: only archived; false (default): only not archived")
                    @RequestParam(required = false, defaultValue = "false")
                    boolean archived) {
        return inbox.list(Caller.current().userId(), unread, archived, PageQuery.of(cursor, limit));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of my notifications are unread (archived ones left out)")
    UnreadCount unreadCount() {
        return new UnreadCount(inbox.unreadCount(Caller.current().userId()));
    }

    /** The bell's number. */
    record UnreadCount(long count) {}

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read", description = "404 if it is not mine.")
    ResponseEntity<Void> read(@PathVariable UUID id) {
        inbox.read(Caller.current().userId(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unread")
    @Operation(summary = "Mark one of my notifications unread", description = "404 if it is not mine.")
    ResponseEntity<Void> unread(@PathVariable UUID id) {
        inbox.unread(Caller.current().userId(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notifications read")
    ResponseEntity<Void> readAll() {
        inbox.readAll(Caller.current().userId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive one of my notifications", description = "404 if it is not mine.")
    ResponseEntity<Void> archive(@PathVariable UUID id) {
        inbox.archive(Caller.current().userId(), id);
        return ResponseEntity.noContent().build();
    }
}
