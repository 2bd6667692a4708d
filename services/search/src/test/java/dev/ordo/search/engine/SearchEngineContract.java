package dev.ordo.search.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.platform.problems.InvalidInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SearchEngine} does, whatever it runs on: a subclass provides the engine (PostgreSQL always,
 * OpenSearch through a real node). No Spring. Each test works in projects of its own, so the tests share one index.
 */
public abstract class SearchEngineContract {

    protected UUID project;
    protected UUID caller;

    /** The engine under test; the same instance for every test of a class is fine. */
    protected abstract SearchEngine engine();

    /** Makes what was written searchable (OpenSearch refreshes its index; PostgreSQL has nothing to do). */
    protected void refresh() {}

    @BeforeEach
    void freshProject() {
        project = UUID.randomUUID();
        caller = UUID.randomUUID();
    }

    // ---- words, prefixes, phrases, typos, accents

    @Test
    void a_word_finds_the_document_whose_title_has_it() {
        SearchDocument groceries = index(Docs.task(project).title("Buy groceries for the week"));
        index(Docs.task(project).title("Call the plumber"));

        assertThat(ids(search("groceries"))).containsExactly(groceries.id());
    }

    @Test
    void every_word_must_match() {
        SearchDocument both = index(Docs.task(project).title("Buy milk and bread"));
        index(Docs.task(project).title("Buy a new lamp"));

        assertThat(ids(search("buy bread "))).containsExactly(both.id());
    }

    @Test
    void the_last_word_as_it_is_typed_is_a_prefix() {
        SearchDocument groceries = index(Docs.task(project).title("Buy groceries"));
        index(Docs.task(project).title("Green paint"));

        assertThat(ids(search("gro"))).containsExactly(groceries.id());
        assertThat(ids(search("buy gro"))).containsExactly(groceries.id());
    }

    @Test
    void a_word_followed_by_a_space_is_no_prefix() {
        index(Docs.task(project).title("Buy groceries"));

        assertThat(search("gro ")).isEmpty();
    }

    @Test
    void a_phrase_in_quotes_matches_its_words_next_to_each_other_in_order() {
        SearchDocument phrase = index(Docs.task(project).title("Buy milk today"));
        index(Docs.task(project).title("Milk to buy later"));

        assertThat(ids(search("\"buy milk\""))).containsExactly(phrase.id());
        assertThat(ids(search("buy milk "))).hasSize(2);
    }

    @Test
    void a_word_with_a_typo_finds_the_word_meant() {
        SearchDocument groceries = index(Docs.task(project).title("Buy groceries"));
        SearchDocument meeting = index(Docs.task(project).title("Team meeting on Monday"));

        assertThat(ids(search("grocerys "))).containsExactly(groceries.id());
        assertThat(ids(search("meetnig "))).containsExactly(meeting.id());
    }

    @Test
    void accents_are_ignored_both_ways() {
        SearchDocument cafe = index(Docs.task(project).title("Meet Zoë at the café"));
        SearchDocument resume = index(Docs.task(project).title("Update resume"));

        assertThat(ids(search("cafe "))).containsExactly(cafe.id());
        assertThat(ids(search("zoe "))).containsExactly(cafe.id());
        assertThat(ids(search("résumé "))).containsExactly(resume.id());
    }

    @Test
    void labels_section_and_project_names_are_searched() {
        SearchDocument labelled = index(Docs.task(project)
                .title("Fix the door")
                .labels("household")
                .section(UUID.randomUUID(), "Weekend chores")
                .projectName("Apartment"));

        assertThat(ids(search("household "))).containsExactly(labelled.id());
        assertThat(ids(search("chores "))).containsExactly(labelled.id());
        assertThat(ids(search("apartment "))).containsExactly(labelled.id());
    }

    @Test
    void text_with_no_word_finds_nothing() {
        index(Docs.task(project).title("Buy groceries"));

        assertThat(search("  \"\" ,;!  ")).isEmpty();
    }

    @Test
    void query_syntax_characters_are_only_separators() {
        SearchDocument groceries = index(Docs.task(project).title("Buy groceries"));

        assertThat(ids(search("groceries & | ! ( ) :* <-> ' \\"))).containsExactly(groceries.id());
    }

    // ---- ranking

    @Test
    void a_match_in_the_title_ranks_above_one_in_the_body_above_one_in_a_comment() {
        UUID task = UUID.randomUUID();
        SearchDocument inComment = index(
                Docs.comment(project, task).body("the invoice is attached").updatedMinutesLater(3));
        SearchDocument inBody = index(Docs.task(project)
                .title("Pay bills")
                .body("the invoice from March")
                .updatedMinutesLater(2));
        SearchDocument inTitle =
                index(Docs.task(project).title("Invoice for March").updatedMinutesLater(1));

        assertThat(ids(search("invoice "))).containsExactly(inTitle.id(), inBody.id(), inComment.id());
    }

    @Test
    void open_things_come_before_completed_and_cancelled_ones() {
        SearchDocument completed = index(
                Docs.task(project).title("Renew passport").status("COMPLETED").updatedMinutesLater(9));
        SearchDocument cancelled = index(
                Docs.task(project).title("Renew passport").status("CANCELLED").updatedMinutesLater(8));
        SearchDocument open = index(Docs.task(project)
                .title("Passport photos")
                .body("for the renewal")
                .updatedMinutesLater(1));
        SearchDocument started = index(Docs.task(project)
                .title("Passport forms")
                .body("for the renewal")
                .status("IN_PROGRESS")
                .updatedMinutesLater(2));
        SearchDocument event = index(Docs.event(project).title("Passport office appointment"));

        List<UUID> hits = ids(search("passport "));
        assertThat(hits.subList(0, 3)).containsExactlyInAnyOrder(open.id(), started.id(), event.id());
        assertThat(hits.subList(3, 5)).containsExactlyInAnyOrder(completed.id(), cancelled.id());
    }

    @Test
    void equally_relevant_hits_come_most_recently_updated_first() {
        SearchDocument older =
                index(Docs.task(project).title("Water the plants").updatedMinutesLater(1));
        SearchDocument newer =
                index(Docs.task(project).title("Water the plants").updatedMinutesLater(5));

        assertThat(ids(search("plants "))).containsExactly(newer.id(), older.id());
    }

    // ---- permissions and filters

    @Test
    void only_documents_of_visible_projects_are_hits() {
        UUID hidden = UUID.randomUUID();
        SearchDocument mine = index(Docs.task(project).title("Quarterly report"));
        index(Docs.task(hidden).title("Quarterly report"));
        index(Docs.comment(hidden, UUID.randomUUID()).body("quarterly report numbers"));

        assertThat(ids(search("quarterly "))).containsExactly(mine.id());
        assertThat(engine().search(SearchQuery.of("quarterly ", List.of(), caller, 10)))
                .isEmpty();
    }

    @Test
    void a_document_without_a_project_is_its_owners_alone() {
        SearchDocument dentist = index(Docs.personalEvent(caller).title("Dentist appointment"));
        index(Docs.personalEvent(UUID.randomUUID()).title("Dentist appointment"));

        assertThat(ids(search("dentist "))).containsExactly(dentist.id());
        assertThat(engine().search(SearchQuery.of("dentist ", List.of(project), UUID.randomUUID(), 10)))
                .isEmpty();
    }

    @Test
    void types_project_and_status_narrow_the_hits() {
        UUID other = UUID.randomUUID();
        SearchDocument task = index(Docs.task(project).title("Budget review"));
        SearchDocument done = index(Docs.task(project).title("Budget draft").status("COMPLETED"));
        SearchDocument started =
                index(Docs.task(project).title("Budget forecast").status("IN_PROGRESS"));
        SearchDocument projectDoc = index(Docs.project(project).title("Budget 2026"));
        SearchDocument comment = index(Docs.comment(project, task.id()).body("budget looks fine"));
        SearchDocument elsewhere = index(Docs.task(other).title("Budget elsewhere"));
        List<UUID> visible = List.of(project, other);

        SearchQuery all = SearchQuery.of("budget ", visible, caller, 20);
        assertThat(ids(find(all)))
                .containsExactlyInAnyOrder(
                        task.id(), done.id(), started.id(), projectDoc.id(), comment.id(), elsewhere.id());
        assertThat(ids(find(all.withTypes(Set.of(DocumentType.TASK)))))
                .containsExactlyInAnyOrder(task.id(), done.id(), started.id(), elsewhere.id());
        assertThat(ids(find(all.withTypes(Set.of(DocumentType.PROJECT, DocumentType.COMMENT)))))
                .containsExactlyInAnyOrder(projectDoc.id(), comment.id());
        assertThat(ids(find(all.withProject(other)))).containsExactly(elsewhere.id());
        assertThat(ids(find(all.withStatus("COMPLETED")))).containsExactly(done.id());
        assertThat(ids(find(all.withStatus("IN_PROGRESS")))).containsExactly(started.id());
        assertThat(ids(find(all.withProject(project).withStatus(SearchDocument.OPEN))))
                .containsExactlyInAnyOrder(task.id(), started.id());
    }

    @Test
    void a_hit_carries_what_shows_it() {
        UUID task = UUID.randomUUID();
        SearchDocument doc = index(Docs.task(project)
                .id(task)
                .title("Submit taxes")
                .projectName("Home")
                .due(java.time.LocalDate.parse("2026-04-15")));
        SearchDocument comment = index(Docs.comment(project, task).body("taxes are due"));

        List<SearchHit> hits = search("taxes ");
        SearchHit first = hits.getFirst();
        assertThat(first.type()).isEqualTo(DocumentType.TASK);
        assertThat(first.id()).isEqualTo(doc.id());
        assertThat(first.projectId()).isEqualTo(project);
        assertThat(first.title()).isEqualTo("Submit taxes");
        assertThat(first.projectName()).isEqualTo("Home");
        assertThat(first.status()).isEqualTo("PENDING");
        assertThat(first.priority()).isEqualTo("LOW");
        assertThat(first.due()).isEqualTo(java.time.LocalDate.parse("2026-04-15"));
        assertThat(first.updatedAt()).isEqualTo(doc.updatedAt());
        SearchHit second = hits.get(1);
        assertThat(second.type()).isEqualTo(DocumentType.COMMENT);
        assertThat(second.id()).isEqualTo(comment.id());
        assertThat(second.taskId()).isEqualTo(task);
    }

    // ---- versions and deletes

    @Test
    void an_older_version_does_not_replace_a_newer_one() {
        UUID id = UUID.randomUUID();
        assertThat(engine().upsert(Docs.task(project)
                        .id(id)
                        .title("Version two")
                        .version(2)
                        .build()))
                .isTrue();
        assertThat(engine().upsert(Docs.task(project)
                        .id(id)
                        .title("Version one")
                        .version(1)
                        .build()))
                .isFalse();
        assertThat(engine().upsert(Docs.task(project)
                        .id(id)
                        .title("Version two")
                        .version(2)
                        .build()))
                .isFalse();
        refresh();

        assertThat(ids(search("two "))).containsExactly(id);
        assertThat(search("one ")).isEmpty();
    }

    @Test
    void a_deleted_document_is_no_hit_and_an_older_version_does_not_bring_it_back() {
        SearchDocument doc = index(Docs.task(project).title("Old receipts").version(3));

        assertThat(engine().delete(DocumentType.TASK, doc.id(), 4)).isTrue();
        refresh();
        assertThat(search("receipts ")).isEmpty();

        assertThat(engine().upsert(Docs.task(project)
                        .id(doc.id())
                        .title("Old receipts")
                        .version(3)
                        .build()))
                .isFalse();
        refresh();
        assertThat(search("receipts ")).isEmpty();
        assertThat(engine().delete(DocumentType.TASK, doc.id(), 4)).isFalse();
    }

    @Test
    void deleting_a_project_removes_everything_in_it() {
        UUID other = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        index(Docs.project(project).title("Garden"));
        index(Docs.task(project).id(task).title("Garden fence"));
        index(Docs.comment(project, task).body("garden gate too"));
        index(Docs.event(project).title("Garden party"));
        SearchDocument kept = index(Docs.task(other).title("Garden gnome"));

        engine().deleteProject(project);
        refresh();

        assertThat(ids(engine().search(SearchQuery.of("garden ", List.of(project, other), caller, 10))))
                .containsExactly(kept.id());
    }

    @Test
    void deleting_a_tasks_comments_leaves_the_others() {
        UUID task = UUID.randomUUID();
        UUID otherTask = UUID.randomUUID();
        index(Docs.comment(project, task).body("see the spreadsheet"));
        SearchDocument kept = index(Docs.comment(project, otherTask).body("another spreadsheet"));

        engine().deleteTaskComments(task);
        refresh();

        assertThat(ids(search("spreadsheet "))).containsExactly(kept.id());
    }

    @Test
    void a_tasks_comments_move_with_it_to_another_project() {
        UUID task = UUID.randomUUID();
        UUID target = UUID.randomUUID();
        SearchDocument moved = index(Docs.comment(project, task).body("the blueprint is ready"));
        SearchDocument stays = index(Docs.comment(project, UUID.randomUUID()).body("another blueprint"));

        engine().moveTaskComments(task, target);
        refresh();

        assertThat(ids(search("blueprint "))).containsExactly(stays.id());
        assertThat(ids(engine().search(SearchQuery.of("blueprint ", List.of(target), caller, 10))))
                .containsExactly(moved.id());
        assertThat(engine().search(SearchQuery.of("blueprint ", List.of(target), caller, 10))
                        .getFirst()
                        .projectId())
                .isEqualTo(target);
    }

    @Test
    void a_renamed_project_or_section_is_found_by_its_new_name() {
        UUID section = UUID.randomUUID();
        SearchDocument task = index(Docs.task(project)
                .title("Paint the fence")
                .section(section, "Backlog")
                .projectName("Summer house"));

        engine().renameProject(project, "Lake cabin");
        engine().renameSection(section, "Sprint seven");
        refresh();

        assertThat(search("summer ")).isEmpty();
        assertThat(search("backlog ")).isEmpty();
        assertThat(ids(search("cabin "))).containsExactly(task.id());
        assertThat(ids(search("sprint "))).containsExactly(task.id());
        assertThat(search("fence ").getFirst().projectName()).isEqualTo("Lake cabin");
    }

    // ---- highlights

    @Test
    void highlights_mark_the_matched_words_and_escape_everything_else() {
        index(Docs.task(project)
                .title("<b>Groceries</b> & \"more\"")
                .body("Remember: <script>alert('groceries')</script> then go home"));

        SearchHit hit = search("groceries ").getFirst();

        assertThat(hit.highlights()).extracting(Highlight::field).containsExactly(Highlight.TITLE, Highlight.BODY);
        assertThat(hit.highlights().getFirst().snippet())
                .isEqualTo("&lt;b&gt;<mark>Groceries</mark>&lt;/b&gt; &amp; &quot;more&quot;");
        assertThat(hit.highlights().get(1).snippet())
                .contains("&lt;script&gt;alert(&#39;<mark>groceries</mark>&#39;)&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(hit.title()).isEqualTo("<b>Groceries</b> & \"more\"");
    }

    @Test
    void highlights_mark_prefix_typo_and_accent_matches() {
        index(Docs.task(project).title("Groceries at the café"));

        assertThat(search("gro").getFirst().highlights().getFirst().snippet())
                .isEqualTo("<mark>Groceries</mark> at the café");
        assertThat(search("grocerys ").getFirst().highlights().getFirst().snippet())
                .isEqualTo("<mark>Groceries</mark> at the café");
        assertThat(search("cafe ").getFirst().highlights().getFirst().snippet())
                .isEqualTo("Groceries at the <mark>café</mark>");
    }

    @Test
    void a_long_body_is_highlighted_in_a_short_snippet_around_the_match() {
        String filler = "lorem ipsum dolor sit amet ".repeat(200);
        index(Docs.task(project).title("Notes").body(filler + "the zeppelin arrives " + filler));

        Highlight body = search("zeppelin ").getFirst().highlights().getFirst();

        assertThat(body.field()).isEqualTo(Highlight.BODY);
        assertThat(body.snippet()).contains("<mark>zeppelin</mark>").hasSizeLessThan(400);
    }

    // ---- paging

    @Test
    void pages_by_key_go_through_every_hit_once_in_order() {
        for (int i = 0; i < 25; i++) {
            Docs doc = Docs.task(project)
                    .title(i % 3 == 0 ? "Weekly sync notes" : "Sync")
                    .updatedMinutesLater(i % 4);
            if (i % 5 == 0) {
                doc.status("COMPLETED");
            }
            assertThat(engine().upsert(doc.build())).isTrue();
        }
        refresh();
        List<UUID> all = ids(engine().search(SearchQuery.of("sync ", List.of(project), caller, 100)));
        assertThat(all).hasSize(25).doesNotHaveDuplicates();

        List<UUID> paged = new ArrayList<>();
        List<String> after = null;
        for (int page = 0; page < 10; page++) {
            List<SearchHit> hits = engine().search(
                            SearchQuery.of("sync ", List.of(project), caller, 7).after(after));
            hits.forEach(h -> paged.add(h.id()));
            if (hits.size() < 7) {
                break;
            }
            after = hits.getLast().sortKey();
        }
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void a_key_the_engine_did_not_give_out_is_refused() {
        index(Docs.task(project).title("Buy groceries"));

        assertThatThrownBy(() -> engine().search(SearchQuery.of("groceries ", List.of(project), caller, 5)
                        .after(List.of("not", "a key"))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> engine().search(SearchQuery.of("groceries ", List.of(project), caller, 5)
                        .after(List.of("0", "1", "2", "'; drop table x; --"))))
                .isInstanceOf(InvalidInput.class);
    }

    // ---- rebuild

    @Test
    void a_rebuild_fills_a_shadow_while_the_live_index_serves_then_swaps() {
        engine().abortRebuild();
        SearchDocument before = index(Docs.task(project).title("Before the rebuild swap"));

        IndexWriter shadow = engine().beginRebuild();
        assertThat(engine().rebuild()).isPresent();
        SearchDocument after =
                Docs.task(project).title("After the rebuild swap").build();
        shadow.upsert(after);
        refresh();
        assertThat(ids(search("swap "))).containsExactly(before.id());

        engine().completeRebuild();
        refresh();
        assertThat(engine().rebuild()).isEmpty();
        assertThat(ids(search("swap "))).containsExactly(after.id());
    }

    @Test
    void an_aborted_rebuild_leaves_the_live_index_as_it_was() {
        engine().abortRebuild();
        SearchDocument live = index(Docs.task(project).title("Untouched harpsichord"));

        engine().beginRebuild()
                .upsert(Docs.task(project).title("Shadow harpsichord").build());
        engine().abortRebuild();
        refresh();

        assertThat(engine().rebuild()).isEmpty();
        assertThat(ids(search("harpsichord "))).containsExactly(live.id());
    }

    // ---- helpers

    protected SearchDocument index(Docs docs) {
        SearchDocument doc = docs.build();
        assertThat(engine().upsert(doc)).as("upsert of %s", doc.title()).isTrue();
        refresh();
        return doc;
    }

    protected List<SearchHit> search(String text) {
        return find(SearchQuery.of(text, List.of(project), caller, 50));
    }

    protected List<SearchHit> find(SearchQuery query) {
        return engine().search(query);
    }

    protected static List<UUID> ids(Collection<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }
}
