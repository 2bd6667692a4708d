package dev.ordo.search.query;

import dev.ordo.platform.security.Caller;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Full-text search over the tasks, projects, comments and calendar events I can see")
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping
    @Operation(
            summary = "Search what I can see",
            description = "Words (all must match), \"phrases in quotes\", and the last word as a prefix while it is "
                    + "typed (no space after it: gro finds groceries); typos (grocerys, meetnig) and accents (cafe, "
                    + "café) are forgiven. Only the tasks, projects, comments and calendar events of projects I am a "
                    + "member of now (archived ones left out), and my own personal calendar events. Open things first, "
                    + "then by relevance (a match in the title above one in labels, section or project name, above "
                    + "one in a description, above one in a comment), then the most recently changed. 400 "
                    + "(invalid-search-query) for a q that is missing, has no letter or digit, or is longer than 500 "
                    + "characters; 400 (invalid-input) for an unknown type or status; 404 for a projectId I may not "
                    + "see.")
    Page<SearchHitResponse> search(
            @Parameter(description = "what to search for, 1 to 500 characters") @RequestParam(required = false)
                    String q,
            @Parameter(description = "only these kinds: task, project, comment, event (comma-separated)")
                    @RequestParam(required = false)
                    List<String> types,
            @Parameter(description = "only this project's things") @RequestParam(required = false) UUID projectId,
            @Parameter(
                            description =
                                    "only tasks with this status: open (pending or in progress), pending, in_progress, completed or cancelled")
                    @RequestParam(required = false)
                    String status,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "1 to 200, default 50") @RequestParam(required = false) Integer limit) {
        return search.search(Caller.current().userId(), q, types, projectId, status, PageQuery.of(cursor, limit));
    }
}
