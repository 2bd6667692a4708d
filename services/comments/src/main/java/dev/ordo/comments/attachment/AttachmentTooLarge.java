package dev.ordo.comments.attachment;

import org.springframework.util.unit.DataSize;

/** A file over {@code ordo.comments.attachments.max-size}: the edge answers 413 ({@link AttachmentProblems}). */
final class AttachmentTooLarge extends RuntimeException {

    static final String NAME = "attachment-too-large";

    AttachmentTooLarge(DataSize maxSize) {
        super(describe(maxSize), null, false, false);
    }

    static String describe(DataSize maxSize) {
        long bytes = maxSize.toBytes();
        String size = bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
        return "A file can be at most " + size + ".";
    }
}
