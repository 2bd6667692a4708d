package dev.ordo.search.query;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a hit matched. */
public record HighlightResponse(
        @Schema(description = "title, context (labels, section or project name) or body (description, comment text)")
        String field,

        @Schema(
                description = "HTML: the field's text (a long one cut around the match) escaped, with the matched "
                        + "words in <mark>…</mark>; safe to insert as HTML")
        String snippet) {}
