package dev.ordo.search.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.search.engine.Docs;
import dev.ordo.search.engine.DocumentType;
import dev.ordo.search.engine.Highlight;
import dev.ordo.search.engine.SearchDocument;
import dev.ordo.search.engine.SearchHit;
import dev.ordo.search.engine.Snippets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IndexedDocumentsTest {

    private static final String S = String.valueOf(Snippets.START);
    private static final String E = String.valueOf(Snippets.STOP);

    private final UUID project = UUID.randomUUID();

    @Test
    void a_comments_text_is_stored_apart_from_descriptions() {
        SearchDocument comment =
                Docs.comment(project, UUID.randomUUID()).body("looks good").build();
        SearchDocument task =
                Docs.task(project).title("Review").body("the draft").build();

        assertThat(IndexedDocuments.source(comment))
                .containsEntry("comment", "looks good")
                .doesNotContainKey("body");
        assertThat(IndexedDocuments.source(task))
                .containsEntry("body", "the draft")
                .doesNotContainKey("comment");
        assertThat(IndexedDocuments.id(comment)).isEqualTo("comment:" + comment.id());
    }

    @Test
    void a_renamed_document_gets_its_context_made_again() {
        Map<String, Object> source = IndexedDocuments.source(Docs.task(project)
                .title("Fix the door")
                .labels("home", "diy")
                .section(UUID.randomUUID(), "Backlog")
                .projectName("House")
                .build());

        Map<String, Object> renamed = IndexedDocuments.renamed(source, "Cottage", null);

        assertThat(source.get("context")).isEqualTo("home diy Backlog House");
        assertThat(renamed)
                .containsEntry("context", "home diy Backlog Cottage")
                .containsEntry("projectName", "Cottage");
        assertThat(IndexedDocuments.renamed(renamed, null, "Now")).containsEntry("context", "home diy Now Cottage");
    }

    @Test
    void a_tombstone_keeps_what_deletes_by_project_and_task_look_for() {
        UUID task = UUID.randomUUID();
        Map<String, Object> previous =
                IndexedDocuments.source(Docs.comment(project, task).body("bye").build());

        Map<String, Object> tombstone =
                IndexedDocuments.tombstone(DocumentType.COMMENT, UUID.randomUUID(), 7, previous, Instant.EPOCH);

        assertThat(IndexedDocuments.isTombstone(tombstone)).isTrue();
        assertThat(tombstone)
                .containsEntry("projectId", project.toString())
                .containsEntry("taskId", task.toString())
                .containsEntry("version", 7L)
                .doesNotContainKeys("title", "comment");
    }

    @Test
    void highlights_come_title_first_and_a_comments_text_shows_as_its_body() {
        List<Highlight> highlights = IndexedDocuments.highlights(Map.of(
                "comment", List.of("see the " + S + "invoice" + E + " <here>"),
                "context", List.of("no mark here"),
                "title", List.of(S + "Invoice" + E + " & co")));

        assertThat(highlights)
                .containsExactly(
                        new Highlight(Highlight.TITLE, "<mark>Invoice</mark> &amp; co"),
                        new Highlight(Highlight.BODY, "see the <mark>invoice</mark> &lt;here&gt;"));
    }

    @Test
    void a_long_body_is_cut_around_its_first_match() {
        String filler = "lorem ipsum dolor sit amet ".repeat(40);
        List<Highlight> highlights = IndexedDocuments.highlights(
                Map.of("body", List.of(filler + "the " + S + "zeppelin" + E + " arrives " + filler)));

        assertThat(highlights.getFirst().snippet())
                .startsWith("…")
                .endsWith("…")
                .contains("the <mark>zeppelin</mark> arrives")
                .hasSizeLessThan(IndexedDocuments.BODY_SNIPPET + 20);
    }

    @Test
    void a_hit_is_read_back_from_what_is_stored() {
        SearchDocument doc = Docs.task(project)
                .title("Submit taxes")
                .projectName("Home")
                .due(java.time.LocalDate.parse("2026-04-15"))
                .build();
        Map<String, Object> stored = IndexedDocuments.source(doc);

        SearchHit hit = IndexedDocuments.hit(
                stored, 4.0, Map.of(), List.of("1", "4.0", "0", doc.id().toString()));

        assertThat(hit.id()).isEqualTo(doc.id());
        assertThat(hit.type()).isEqualTo(DocumentType.TASK);
        assertThat(hit.projectName()).isEqualTo("Home");
        assertThat(hit.due()).isEqualTo(doc.due());
        assertThat(hit.updatedAt()).isEqualTo(doc.updatedAt());
        assertThat(hit.highlights()).isEmpty();
    }
}
