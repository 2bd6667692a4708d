package dev.ordo.tasks.rule;

import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.idempotency.IdempotentCreate;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/priority-rules")
@Tag(name = "Priority rules", description = "Per project: when a task matches a filter query, set its priority")
class PriorityRuleController {

    private final PriorityRuleService rules;

    PriorityRuleController(PriorityRuleService rules) {
        this.rules = rules;
    }

    @PostMapping
    @IdempotentCreate
    @Operation(
            summary = "Add a priority rule (owner or admin)",
            description =
                    "'when' must parse (else 400 with "
                            + "its position). Applied to tasks as they are written, and to all open tasks by the periodic sweep.")
    ResponseEntity<RuleResponse> create(@PathVariable UUID projectId, @Valid @RequestBody CreateRuleRequest request) {
        RuleResponse rule = RuleResponse.of(rules.create(
                Caller.current().userId(),
                projectId,
                request.name(),
                request.when(),
                request.then().priority(),
                request.position()));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/priority-rules/" + rule.id()))
                .body(rule);
    }

    @GetMapping
    @Operation(summary = "List a project's priority rules", description = "In the order they are tried.")
    Page<RuleResponse> list(
            @PathVariable UUID projectId,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        return rules.list(Caller.current().userId(), projectId, PageQuery.of(cursor, limit))
                .map(RuleResponse::of);
    }

    @GetMapping("/{ruleId}")
    @Operation(summary = "Get a priority rule")
    RuleResponse get(@PathVariable UUID projectId, @PathVariable UUID ruleId) {
        return RuleResponse.of(rules.get(Caller.current().userId(), projectId, ruleId));
    }

    @PatchMapping("/{ruleId}")
    @Operation(summary = "Change a priority rule (owner or admin)")
    RuleResponse update(
            @PathVariable UUID projectId, @PathVariable UUID ruleId, @Valid @RequestBody UpdateRuleRequest request) {
        return RuleResponse.of(rules.update(
                Caller.current().userId(),
                projectId,
                ruleId,
                request.name(),
                request.when(),
                request.then() == null ? null : request.then().priority(),
                request.position()));
    }

    @DeleteMapping("/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a priority rule (owner or admin)")
    void delete(@PathVariable UUID projectId, @PathVariable UUID ruleId) {
        rules.delete(Caller.current().userId(), projectId, ruleId);
    }
}
