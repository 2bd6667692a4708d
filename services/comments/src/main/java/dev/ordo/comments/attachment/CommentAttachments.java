package dev.ordo.comments.attachment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The files of comments as a comment's answer lists them ({@code attachments} of CommentResponse), for the
 * comments feature: one query for a whole page of comments. The caller has checked the right to read them.
 */
@Component
public class CommentAttachments {

    private final Attachments attachments;

    CommentAttachments(Attachments attachments) {
        this.attachments = attachments;
    }

    /** Each comment's files, oldest first; a comment without any is absent from the map. */
    public Map<UUID, List<AttachmentResponse>> of(Collection<UUID> commentIds) {
        return attachments.ofComments(commentIds).stream()
                .collect(Collectors.groupingBy(
                        Attachment::commentId,
                        LinkedHashMap::new,
                        Collectors.mapping(AttachmentResponse::of, Collectors.toList())));
    }
}
