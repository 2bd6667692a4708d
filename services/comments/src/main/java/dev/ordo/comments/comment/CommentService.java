package dev.ordo.comments.comment;

import dev.ordo.comments.access.ProjectAccess;
import dev.ordo.comments.mention.MentionCheck;
import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.web.etag.ETags;
import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments: who may read and write them (a project's members read, all but viewers write, the author edits,
 * the author or an owner or admin deletes; anyone else is told there is no such thing), whom they may mention,
 * and each change stored with its {@code comment.*} event in one transaction.
 */
@Service
public class CommentService {

    static final String NO_SUCH_COMMENT = "There is no such comment.";
    private static final String NO_SUCH_TASK = "There is no such task.";
    private static final String NO_SUCH_PROJECT = "There is no such project.";

    private final Comments comments;
    private final CommentViews views;
    private final KnownTasks tasks;
    private final ProjectAccess access;
    private final MentionCheck mentions;
    private final CommentRemoval removal;
    private final Outbox outbox;
    private final Clock clock;

    CommentService(
            Comments comments,
            CommentViews views,
            KnownTasks tasks,
            ProjectAccess access,
            MentionCheck mentions,
            CommentRemoval removal,
            Outbox outbox,
            Clock clock) {
        this.comments = comments;
        this.views = views;
        this.tasks = tasks;
        this.access = access;
        this.mentions = mentions;
        this.removal = removal;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<CommentResponse> list(
            UUID caller, @Nullable UUID taskId, @Nullable UUID projectId, String order, PageQuery query) {
        Thread thread = thread(taskId, projectId);
        access.requireRead(thread.projectId(), caller, taskId != null ? NO_SUCH_TASK : NO_SUCH_PROJECT);
        boolean descending = descending(order);
        String direction = descending ? "desc" : "asc";
        Comments.Position after = query.after(3, c -> {
            if (!c.text(0).equals(direction)) {
                throw Cursor.invalid();
            }
            return new Comments.Position(c.instant(1), c.uuid(2));
        });
        Page<Comment> page = Page.of(
                comments.page(thread, after, descending, query.fetchSize()),
                query,
                c -> Cursor.of(direction, c.createdAt(), c.id()));
        return new Page<>(views.of(page.items(), caller), page.nextCursor());
    }

    @Transactional
    public CommentResponse create(UUID caller, CreateCommentRequest r) {
        Thread thread = thread(r.taskId(), r.projectId());
        access.requireWrite(thread.projectId(), caller, r.taskId() != null ? NO_SUCH_TASK : NO_SUCH_PROJECT);
        Comment comment = Comment.write(thread.projectId(), thread.taskId(), caller, r.text(), now());
        mentions.requireMembers(comment.projectId(), comment.mentions());
        comments.insert(comment);
        outbox.append(
                CommentEvents.COMMENT_CREATED,
                comment.id().toString(),
                caller.toString(),
                new CommentEvents.CommentCreated(comment.state()));
        return views.of(comment, caller);
    }

    @Transactional(readOnly = true)
    public CommentResponse get(UUID caller, UUID id) {
        return views.of(readable(caller, id), caller);
    }

    @Transactional(readOnly = true)
    public List<RevisionResponse> revisions(UUID caller, UUID id) {
        return comments.revisions(readable(caller, id).id());
    }

    /** The author's new text; the one it replaces becomes a revision. Nothing changes when the text is the same. */
    @Transactional
    public CommentResponse edit(UUID caller, UUID id, UpdateCommentRequest r, @Nullable Long expectedVersion) {
        Comment before = comments.byId(id, true).orElseThrow(CommentService::noSuchComment);
        access.requireWrite(before.projectId(), caller, NO_SUCH_COMMENT);
        ETags.check(expectedVersion, before.version());
        Comment.Edit edit = r.text().isPresent() ? before.edit(caller, r.text().orElse(null), now()) : null;
        if (edit == null) {
            return views.of(before, caller);
        }
        Comment after = edit.after();
        mentions.requireMembers(after.projectId(), edit.newMentions());
        comments.addRevision(id, edit.previousText(), edit.previousWrittenAt());
        comments.update(after);
        outbox.append(
                CommentEvents.COMMENT_UPDATED,
                id.toString(),
                caller.toString(),
                new CommentEvents.CommentUpdated(after.state(), edit.newMentions()));
        return views.of(after, caller);
    }

    @Transactional
    public void delete(UUID caller, UUID id, @Nullable Long expectedVersion) {
        Comment comment = comments.byId(id, true).orElseThrow(CommentService::noSuchComment);
        ProjectRole role = access.requireRead(comment.projectId(), caller, NO_SUCH_COMMENT);
        comment.requireMayDelete(caller, role);
        ETags.check(expectedVersion, comment.version());
        removal.remove(List.of(comment), caller);
    }

    /** The comment, if the caller may read it (else 404, as for one that does not exist). */
    private Comment readable(UUID caller, UUID id) {
        Comment comment = comments.byId(id, false).orElseThrow(CommentService::noSuchComment);
        access.requireRead(comment.projectId(), caller, NO_SUCH_COMMENT);
        return comment;
    }

    /** The thread asked for: a task's (404 if the replica does not know it) or a project's own. */
    private Thread thread(@Nullable UUID taskId, @Nullable UUID projectId) {
        if ((taskId == null) == (projectId == null)) {
            throw new InvalidInput("Give exactly one of 'taskId' and 'projectId'.");
        }
        if (taskId != null) {
            return new Thread(tasks.projectOf(taskId).orElseThrow(() -> new NotFound(NO_SUCH_TASK)), taskId);
        }
        return new Thread(projectId, null);
    }

    private static boolean descending(@Nullable String order) {
        if (order == null || order.equals("asc")) {
            return false;
        }
        if (order.equals("desc")) {
            return true;
        }
        throw new InvalidInput("'order' must be asc or desc.").with("field", "order");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static NotFound noSuchComment() {
        return new NotFound(NO_SUCH_COMMENT);
    }
}
