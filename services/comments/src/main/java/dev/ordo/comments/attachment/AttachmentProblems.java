package dev.ordo.comments.attachment;

import dev.ordo.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload refused for its size (413 {@value AttachmentTooLarge#NAME}, whether the service or Tomcat's
 * multipart limit noticed it) or its type (415, {@value AttachmentTypeRefused#NOT_ALLOWED} or
 * {@value AttachmentTypeRefused#MISMATCH}): problems the platform's kinds have no status for
 * (docs/api/problems.md). Before the platform's handler, for the attachment endpoints only.
 */
@RestControllerAdvice(assignableTypes = AttachmentController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttachmentProblems {

    private final AttachmentProperties properties;

    AttachmentProblems(AttachmentProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(AttachmentTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(AttachmentTooLarge e, HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, AttachmentTooLarge.NAME, e.getMessage(), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLargeForTomcat(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE,
                AttachmentTooLarge.NAME,
                AttachmentTooLarge.describe(properties.maxSize()),
                request);
    }

    @ExceptionHandler(AttachmentTypeRefused.class)
    ResponseEntity<ProblemDetail> typeRefused(AttachmentTypeRefused e, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.problem(), e.getMessage(), request);
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String name, String detail, HttpServletRequest request) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, name, detail, request));
    }
}
