package dev.ordo.tasks.capture;

import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.idempotency.IdempotentCreate;
import dev.ordo.tasks.task.TaskController;
import dev.ordo.tasks.task.TaskResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(QuickAddController.PATH)
@Tag(name = "Quick add", description = "A task from one line of text")
class QuickAddController {

    static final String PATH = "/api/v1/tasks/quick";

    private final QuickAddService quickAdd;

    QuickAddController(QuickAddService quickAdd) {
        this.quickAdd = quickAdd;
    }

    @PostMapping
    @IdempotentCreate
    @Operation(
            summary = "Create a task from one line",
            description = "e.g. 'Call Bob tomorrow 5pm p1 #Work /Calls "
                    + "@phone +ada@example.com'. Dates and times in my time zone; #project among my projects (else my Inbox), "
                    + "/section in it, +email a member. 400 naming what is unknown, or with the position of a syntax "
                    + "problem. With Idempotency-Key, a repeated request answers the same 201.")
    ResponseEntity<TaskResponse> add(@Valid @RequestBody QuickAddRequest request) {
        return TaskController.created(quickAdd.add(Caller.current().userId(), request.text()));
    }

    @PostMapping("/preview")
    @Operation(
            summary = "Read a line without creating anything",
            description = "The title, the values found and " + "the span of each recognised token.")
    QuickAddPreview preview(@Valid @RequestBody QuickAddRequest request) {
        return QuickAddPreview.of(quickAdd.preview(Caller.current().userId(), request.text()));
    }
}
