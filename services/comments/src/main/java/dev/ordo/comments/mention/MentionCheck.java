package dev.ordo.comments.mention;

import dev.ordo.comments.access.ProjectAccess;
import dev.ordo.platform.problems.InvalidInput;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A comment may mention only the members of its project (any role): notifications must not reach, nor names
 * leak to, people outside it. Asked in the writing transaction, from the membership replica.
 */
@Component
public class MentionCheck {

    /** The problem name of a mention of someone who is not a member of the comment's project. */
    public static final String NOT_MEMBER = "mention-not-member";

    private final ProjectAccess access;

    MentionCheck(ProjectAccess access) {
        this.access = access;
    }

    /** @throws InvalidInput ({@value #NOT_MEMBER}) naming the first mentioned user who is no member */
    public void requireMembers(UUID projectId, List<UUID> users) {
        for (UUID user : users) {
            if (access.role(projectId, user).isEmpty()) {
                throw new InvalidInput(
                                NOT_MEMBER, "Only members of the project can be mentioned; " + user + " is not one.")
                        .with("userId", user);
            }
        }
    }
}
