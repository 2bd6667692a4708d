package dev.ordo.comments.attachment;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the upload's multipart body holds, for the API document only (the handler reads the part itself). */
record UploadForm(
        @Schema(type = "string", format = "binary", description = "the file")
        String file) {}
