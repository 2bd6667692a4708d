package dev.ordo.comments.attachment;

/** A file Ordo does not keep, for its type: the edge answers 415 ({@link AttachmentProblems}). */
final class AttachmentTypeRefused extends RuntimeException {

    static final String NOT_ALLOWED = "attachment-type-not-allowed";
    static final String MISMATCH = "attachment-type-mismatch";

    private final String problem;

    private AttachmentTypeRefused(String problem, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
    }

    static AttachmentTypeRefused dangerous(String type) {
        return new AttachmentTypeRefused(
                NOT_ALLOWED,
                "Files of type " + type + " cannot be attached: executables, scripts, HTML and SVG are refused.");
    }

    static AttachmentTypeRefused mismatch(String label, String actual) {
        return new AttachmentTypeRefused(
                MISMATCH, "The file is not what " + label + ": its content is " + actual + ".");
    }

    String problem() {
        return problem;
    }
}
