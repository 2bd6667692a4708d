package dev.ordo.notifications.reminder;

import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.etag.ETags;
import dev.ordo.platform.web.idempotency.IdempotentCreate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reminders")
@Tag(name = "Reminders", description = "My reminders on tasks: minutes before the due time, or at an instant")
class ReminderController {

    private static final String PATH = "/api/v1/reminders";

    private final ReminderService reminders;

    ReminderController(ReminderService reminders) {
        this.reminders = reminders;
    }

    @PostMapping
    @IdempotentCreate
    @Operation(
            summary = "Set a reminder on a task, for me",
            description = "Any member of the task's project (viewers too); 404 for anyone else and for an unknown "
                    + "task. Exactly one of minutesBefore (0 to 40320; the task must be due at a time, else 400 "
                    + "reminder-needs-due-time) and at; 400 reminder-in-the-past when it would fire in the past; "
                    + "400 invalid-reminder for both or neither, minutes out of range, an unknown channel, a "
                    + "completed task, or more than 10 reminders of mine on the task. channels default to in_app "
                    + "and push. With Idempotency-Key, a repeated request answers the same 201.")
    ResponseEntity<ReminderResponse> create(@Valid @RequestBody CreateReminderRequest request) {
        ReminderResponse reminder = reminders.create(Caller.current().userId(), request);
        return ResponseEntity.created(URI.create(PATH + "/" + reminder.id()))
                .eTag(ETags.of(reminder.version()))
                .body(reminder);
    }

    @GetMapping
    @Operation(
            summary = "My reminders on a task",
            description = "The next to fire first. 404 if I may not see the task.")
    ReminderList list(@Parameter(description = "the task") @RequestParam UUID taskId) {
        return new ReminderList(reminders.list(Caller.current().userId(), taskId));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get my reminder", description = "Its ETag is its version. 404 if it is not mine.")
    ResponseEntity<ReminderResponse> get(@PathVariable UUID id) {
        return withETag(reminders.get(Caller.current().userId(), id));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change my reminder",
            description = "JSON Merge Patch of minutesBefore, at, channels. A value for minutesBefore or at makes it "
                    + "that kind (the other is cleared). The same 400s as creating it. With If-Match, 412 if it "
                    + "changed meanwhile (it fired, or its task's due moved).")
    ResponseEntity<ReminderResponse> change(
            @PathVariable UUID id,
            @Valid @RequestBody ChangeReminderRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(reminders.change(Caller.current().userId(), id, request, ETags.version(ifMatch)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete my reminder", description = "With If-Match, 412 if it changed meanwhile.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        reminders.delete(Caller.current().userId(), id, ETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    /** My reminders on one task. */
    record ReminderList(List<ReminderResponse> items) {}

    private static ResponseEntity<ReminderResponse> withETag(ReminderResponse reminder) {
        return ResponseEntity.ok().eTag(ETags.of(reminder.version())).body(reminder);
    }
}
