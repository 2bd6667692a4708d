package dev.ordo.tasks.task;

import dev.ordo.platform.web.ApiException;
import java.nio.charset.StandardCharsets;

/** Limits of a task's texts. */
final class TaskTexts {

    static final int MAX_TITLE = 500;
    static final int MAX_DESCRIPTION_BYTES = 16 * 1024;
    static final int MAX_LABELS = 50;

    private TaskTexts() {}

    /** The description as stored: never null; 400 when longer than 16 KB in UTF-8. */
    static String description(String description) {
        if (description == null) {
            return "";
        }
        if (description.getBytes(StandardCharsets.UTF_8).length > MAX_DESCRIPTION_BYTES) {
            throw ApiException.badRequest(
                    "'description' must be at most 16 KB (" + MAX_DESCRIPTION_BYTES + " bytes in UTF-8).");
        }
        return description;
    }

    /** The title as stored: stripped, 1 to 500 characters. */
    static String title(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_TITLE) {
            throw ApiException.badRequest("'title' must be 1 to " + MAX_TITLE + " characters.");
        }
        return stripped;
    }
}
