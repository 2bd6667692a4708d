package dev.ordo.comments.attachment;

import dev.ordo.comments.access.ProjectAccess;
import dev.ordo.comments.storage.BlobStore;
import dev.ordo.comments.storage.OrphanBlobs;
import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.NotFound;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files on comments: who may attach, see and remove them (members of the comment's project, asked anew on
 * every request), what is kept (see {@link FileTypes}), and where (the {@link BlobStore}). The bytes are
 * stored before the row is written and deleted only after it is gone (through {@code orphan_blob}), so a
 * row never names missing bytes; bytes whose row never came to be are queued for deletion at once.
 */
@Service
public class AttachmentService {

    static final String NO_COMMENT = "There is no such comment.";
    static final String NO_ATTACHMENT = "There is no such attachment.";

    private final Attachments attachments;
    private final ProjectAccess access;
    private final BlobStore blobs;
    private final OrphanBlobs orphans;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final AttachmentProperties properties;
    private final FileTypes types = new FileTypes();
    private final Thumbnails thumbnails;
    private final Clock clock;

    AttachmentService(
            Attachments attachments,
            ProjectAccess access,
            BlobStore blobs,
            OrphanBlobs orphans,
            Outbox outbox,
            PlatformTransactionManager transactionManager,
            AttachmentProperties properties,
            Clock clock) {
        this.attachments = attachments;
        this.access = access;
        this.blobs = blobs;
        this.orphans = orphans;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.thumbnails = new Thumbnails(properties.thumbnailSize());
        this.clock = clock;
    }

    /**
     * Attaches the file to the comment. The caller's right to write in the comment's project is checked
     * before the upload is read at all ({@code upload} is asked for only then).
     */
    public Attachment attach(UUID userId, UUID commentId, Supplier<Upload> upload) {
        Attachments.CommentScope scope = attachments.scopeOf(commentId).orElseThrow(() -> new NotFound(NO_COMMENT));
        access.requireWrite(scope.projectId(), userId, NO_COMMENT);
        Upload file = upload.get();
        if (file.size() > properties.maxSize().toBytes()) {
            throw new AttachmentTooLarge(properties.maxSize());
        }
        String name = FileNames.clean(file.originalName());
        String contentType = read(file, in -> types.inspect(in, name, file.declaredType()));

        UUID id = UUID.randomUUID();
        List<String> stored = new ArrayList<>();
        try {
            String key = Attachment.storageKeyOf(id);
            read(file, in -> {
                blobs.put(key, in, file.size(), contentType);
                return null;
            });
            stored.add(key);
            String thumbnailKey = storeThumbnail(id, file, contentType);
            if (thumbnailKey != null) {
                stored.add(thumbnailKey);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Attachment attachment = transactions.execute(tx -> {
                Attachments.CommentScope current =
                        attachments.touchComment(commentId).orElseThrow(() -> new NotFound(NO_COMMENT));
                Attachment a = new Attachment(
                        id,
                        commentId,
                        current.projectId(),
                        current.taskId(),
                        name,
                        contentType,
                        file.size(),
                        key,
                        thumbnailKey,
                        userId,
                        now);
                attachments.insert(a);
                outbox.append(CommentEvents.ATTACHMENT_ADDED, commentId.toString(), userId.toString(), a.added());
                return a;
            });
            stored.clear();
            return attachment;
        } finally {
            if (!stored.isEmpty()) {
                orphans.queue(stored);
            }
        }
    }

    @Transactional(readOnly = true)
    public Attachment get(UUID userId, UUID attachmentId) {
        Attachment attachment = attachments.find(attachmentId).orElseThrow(() -> new NotFound(NO_ATTACHMENT));
        access.requireRead(attachment.projectId(), userId, NO_ATTACHMENT);
        return attachment;
    }

    /** The file's bytes, to be closed by the caller. */
    public Download content(UUID userId, UUID attachmentId) {
        Attachment attachment = get(userId, attachmentId);
        return new Download(attachment, open(attachment.storageKey()));
    }

    /** An image's thumbnail; 404 for a file that has none. */
    public Preview thumbnail(UUID userId, UUID attachmentId) {
        Attachment attachment = get(userId, attachmentId);
        if (!attachment.hasThumbnail()) {
            throw new NotFound("This attachment has no thumbnail: it is no image, or one that cannot be shown.");
        }
        try (InputStream in = open(attachment.thumbnailKey())) {
            return new Preview(in.readAllBytes(), attachment.thumbnailType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the file (its bytes follow through orphan_blob): its uploader, or a project owner or admin. */
    @Transactional
    public void remove(UUID userId, UUID attachmentId) {
        Attachment attachment = attachments.find(attachmentId).orElseThrow(() -> new NotFound(NO_ATTACHMENT));
        ProjectRole role = access.requireWrite(attachment.projectId(), userId, NO_ATTACHMENT);
        if (!attachment.removableBy(userId, ProjectAccess.moderates(role))) {
            throw new Forbidden("Only whoever attached a file, or an owner or admin of the project, may remove it.");
        }
        attachments.touchComment(attachment.commentId()).orElseThrow(() -> new NotFound(NO_ATTACHMENT));
        if (!attachments.delete(attachmentId)) {
            throw new NotFound(NO_ATTACHMENT);
        }
        outbox.append(
                CommentEvents.ATTACHMENT_REMOVED,
                attachment.commentId().toString(),
                userId.toString(),
                attachment.removed(userId));
    }

    /** A file and its bytes. */
    public record Download(Attachment attachment, InputStream content) {}

    /** A thumbnail's bytes (small: read whole) and type. */
    public record Preview(byte[] bytes, String contentType) {}

    private String storeThumbnail(UUID id, Upload file, String contentType) {
        if (!FileTypes.isInlineImage(contentType)) {
            return null;
        }
        return read(
                file,
                in -> thumbnails
                        .of(in, contentType)
                        .map(thumbnail -> {
                            String key = Attachment.thumbnailKeyOf(id);
                            blobs.put(
                                    key,
                                    new ByteArrayInputStream(thumbnail.bytes()),
                                    thumbnail.bytes().length,
                                    thumbnail.contentType());
                            return key;
                        })
                        .orElse(null));
    }

    private InputStream open(String key) {
        return blobs.get(key)
                .orElseThrow(() -> new IllegalStateException("the bytes of " + key + " are missing from the store"));
    }

    private interface Reading<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(Upload file, Reading<T> reading) {
        try (InputStream in = file.open()) {
            return reading.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
