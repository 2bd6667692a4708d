package dev.ordo.comments.reaction;

import dev.ordo.comments.comment.CommentResponse.ReactionResponse;
import dev.ordo.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/comments/{id}/reactions/{emoji}")
@Tag(name = "Comments")
class ReactionController {

    private static final String EMOJI = "one emoji, URL-encoded (a skin tone, flag or ZWJ sequence counts as one)";

    private final ReactionService reactions;

    ReactionController(ReactionService reactions) {
        this.reactions = reactions;
    }

    @PutMapping
    @Operation(
            summary = "React to a comment",
            description = "Adds my reaction (again: nothing changes) and answers the comment's reactions. "
                    + "Owners, admins and members (a viewer: 403; not a member: 404); 400 (invalid-emoji) for "
                    + "anything but one emoji.")
    List<ReactionResponse> add(@PathVariable UUID id, @Parameter(description = EMOJI) @PathVariable String emoji) {
        return reactions.add(Caller.current().userId(), id, emoji);
    }

    @DeleteMapping
    @Operation(
            summary = "Take my reaction back",
            description = "Removes my reaction (not there: nothing changes) and answers the comment's reactions.")
    List<ReactionResponse> remove(@PathVariable UUID id, @Parameter(description = EMOJI) @PathVariable String emoji) {
        return reactions.remove(Caller.current().userId(), id, emoji);
    }
}
