package dev.ordo.comments.attachment;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@Tag(name = "Attachments", description = "Files on comments: uploaded, shown, downloaded and removed")
class AttachmentController {

    static final String PART = "file";

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    /**
     * The multipart body is parsed only when the service asks for the file (multipart resolve-lazily), after
     * the caller's right to attach was checked.
     */
    @PostMapping(path = "/api/v1/comments/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach a file to a comment",
            description = "Multipart, the file in the part named file. Owners, admins and members of the "
                    + "comment's project (a viewer: 403; no member: 404). Over ordo.comments.attachments.max-size "
                    + "(25 MB): 413 attachment-too-large. Its type is read from its bytes: executables, scripts, "
                    + "HTML and SVG are refused (415 attachment-type-not-allowed), and so is a file whose bytes "
                    + "contradict its name or declared type (415 attachment-type-mismatch).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = UploadForm.class)))
    ResponseEntity<AttachmentResponse> upload(@PathVariable UUID id, MultipartHttpServletRequest request) {
        Attachment attachment = attachments.attach(Caller.current().userId(), id, () -> upload(request.getFile(PART)));
        return ResponseEntity.created(URI.create(AttachmentResponse.BASE + attachment.id()))
                .body(AttachmentResponse.of(attachment));
    }

    @GetMapping("/api/v1/attachments/{id}")
    @Operation(summary = "An attachment's details", description = "Any member of its project; else 404.")
    AttachmentResponse get(@PathVariable UUID id) {
        return AttachmentResponse.of(attachments.get(Caller.current().userId(), id));
    }

    @GetMapping("/api/v1/attachments/{id}/content")
    @Operation(
            summary = "Download an attachment",
            description = "Any member of its project; else 404. Streamed with its detected type; shown inline "
                    + "only for png, jpeg, gif and webp, else a download; always sandboxed.")
    ResponseEntity<Resource> content(@PathVariable UUID id) {
        AttachmentService.Download download =
                attachments.content(Caller.current().userId(), id);
        Attachment attachment = download.attachment();
        return ResponseEntity.ok()
                .headers(fileHeaders(attachment))
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.size())
                .body(new InputStreamResource(download.content()));
    }

    @GetMapping("/api/v1/attachments/{id}/thumbnail")
    @Operation(
            summary = "An image attachment's thumbnail",
            description = "At most 256 pixels on its longest side, PNG (JPEG for a JPEG). 404 for a file that is "
                    + "no image.")
    ResponseEntity<byte[]> thumbnail(@PathVariable UUID id) {
        AttachmentService.Preview preview =
                attachments.thumbnail(Caller.current().userId(), id);
        HttpHeaders headers = sandboxed();
        headers.set(HttpHeaders.CONTENT_DISPOSITION, "inline");
        return ResponseEntity.ok()
                .headers(headers)
                .contentType(MediaType.parseMediaType(preview.contentType()))
                .contentLength(preview.bytes().length)
                .body(preview.bytes());
    }

    @DeleteMapping("/api/v1/attachments/{id}")
    @Operation(
            summary = "Remove an attachment",
            description = "Whoever attached it, or an owner or admin of the project (others: 403; no member: 404).")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        attachments.remove(Caller.current().userId(), id);
        return ResponseEntity.noContent().build();
    }

    private static HttpHeaders fileHeaders(Attachment attachment) {
        HttpHeaders headers = sandboxed();
        headers.set(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(attachment));
        return headers;
    }

    /** Never sniffed into another type, never a page with the app's origin (no script, no form, nothing loaded). */
    private static HttpHeaders sandboxed() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", Downloads.CONTENT_SECURITY_POLICY);
        headers.setCacheControl("private, max-age=0, must-revalidate");
        return headers;
    }

    private static Upload upload(MultipartFile file) {
        if (file == null) {
            throw new InvalidInput("The file goes in a multipart part named '" + PART + "'.");
        }
        return new Upload() {
            @Override
            public String originalName() {
                return file.getOriginalFilename();
            }

            @Override
            public String declaredType() {
                return file.getContentType();
            }

            @Override
            public long size() {
                return file.getSize();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}
