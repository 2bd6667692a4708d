package dev.ordo.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.search.support.IntegrationTestBase;
import dev.ordo.search.support.Person;
import dev.ordo.testsupport.Api;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Events in, hits out: what each upstream event does to the index. */
class IndexingIT extends IntegrationTestBase {

    @Autowired
    MeterRegistry meters;

    private Person ada;
    private UUID garden;

    @BeforeEach
    void adaAndHerGarden() {
        ada = world.user("Ada");
        garden = world.project(ada, "Garden");
    }

    @Test
    void a_task_is_found_by_its_title_description_labels_section_and_project() {
        UUID section = world.section(garden, ada, "Spring planting");
        TaskState task = world.taskState(garden, ada, "Prune the quince");
        task = withSectionLabelsAndDescription(task, section, List.of("orchard"), "Use the long loppers");
        world.created(task, ada);

        String id = task.taskId().toString();
        Api.Response hit = awaitHits(ada, "quince ", containsId(id));
        assertThat(hit.items().getFirst().get("type").asString()).isEqualTo("task");
        assertThat(hit.items().getFirst().get("projectName").asString()).isEqualTo("Garden");
        assertThat(hit.items().getFirst().get("status").asString()).isEqualTo("PENDING");
        awaitHits(ada, "loppers ", containsId(id));
        awaitHits(ada, "orchard ", containsId(id));
        awaitHits(ada, "planting ", containsId(id));
        awaitHits(ada, "garden quince", containsId(id));
    }

    @Test
    void an_update_replaces_the_document_and_an_older_event_changes_nothing() {
        TaskState task = world.task(garden, ada, "Order seed catalogue");
        awaitHits(ada, "catalogue ", containsId(task.taskId()));

        TaskState renamed = retitled(task, "Order bulb catalogue");
        world.publishAt(
                TaskEvents.TASK_UPDATED, task.taskId(), 3, new TaskEvents.TaskUpdated(renamed, List.of("title")));
        awaitHits(ada, "bulb ", containsId(task.taskId()));

        TaskState stale = retitled(task, "Order stale catalogue");
        world.publishAt(TaskEvents.TASK_UPDATED, task.taskId(), 2, new TaskEvents.TaskUpdated(stale, List.of("title")));
        TaskState marker = world.task(garden, ada, "Marker after the stale one");
        awaitHits(ada, "marker stale", containsId(marker.taskId()));

        assertThat(search(ada, "q", "stale catalogue ").itemValues("id"))
                .doesNotContain(task.taskId().toString());
        assertThat(search(ada, "q", "bulb ").itemValues("id"))
                .contains(task.taskId().toString());
    }

    @Test
    void a_redelivered_event_is_indexed_once() {
        TaskState task = world.taskState(garden, ada, "Sharpen the scythe");
        EventEnvelope<TaskEvents.TaskCreated> created = world.upstream()
                .envelope(TaskEvents.TASK_CREATED, task.taskId(), ada.id(), new TaskEvents.TaskCreated(task));
        world.upstream().send(TaskEvents.TASK_CREATED.topic(), created);
        world.upstream().send(TaskEvents.TASK_CREATED.topic(), created);

        awaitHits(ada, "scythe ", ids -> ids.size() == 1);
    }

    @Test
    void a_completed_task_comes_after_the_open_ones() {
        TaskState done = world.task(garden, ada, "Mulch the roses");
        TaskState open = world.task(garden, ada, "Roses need water");
        world.completed(completed(done), ada);

        Api.Response hits = awaitHits(
                ada,
                "roses ",
                ids -> ids.equals(
                        List.of(open.taskId().toString(), done.taskId().toString())));
        assertThat(hits.items().get(1).get("status").asString()).isEqualTo("COMPLETED");
        awaitHits(
                ada,
                "roses ",
                ids -> search(ada, "q", "roses ", "status", "completed")
                        .itemValues("id")
                        .equals(List.of(done.taskId().toString())));
    }

    @Test
    void a_deleted_task_leaves_with_its_comments_and_late_events_do_not_bring_them_back() {
        TaskState task = world.task(garden, ada, "Fix the greenhouse");
        UUID comment = world.comment(garden, task.taskId(), ada, "The greenhouse glass is cracked");
        awaitHits(
                ada, "greenhouse ", ids -> ids.containsAll(List.of(task.taskId().toString(), comment.toString())));

        world.deleted(task, ada);
        awaitHits(ada, "greenhouse ", List::isEmpty);

        world.updated(task, ada); // late: after the deletion
        world.comment(garden, task.taskId(), ada, "greenhouse late comment");
        TaskState marker = world.task(garden, ada, "Greenhouse marker");
        awaitHits(ada, "greenhouse ", ids -> ids.equals(List.of(marker.taskId().toString())));
    }

    @Test
    void a_renamed_project_renames_its_document_and_its_things() {
        Person bob = world.user("Bob");
        UUID project = world.project(bob, "Allotment");
        TaskState task = world.task(project, bob, "Dig potatoes");
        awaitHits(bob, "allotment potatoes", containsId(task.taskId()));

        world.renameProject(project, bob, "Community plot", "Shared with the neighbours");

        awaitHits(bob, "community potatoes", containsId(task.taskId()));
        Api.Response projectHit = awaitHits(bob, "neighbours ", containsId(project));
        assertThat(projectHit.items().getFirst().get("type").asString()).isEqualTo("project");
        assertThat(projectHit.items().getFirst().get("title").asString()).isEqualTo("Community plot");
        awaitHits(bob, "allotment potatoes", List::isEmpty);
        assertThat(search(bob, "q", "potatoes ")
                        .items()
                        .getFirst()
                        .get("projectName")
                        .asString())
                .isEqualTo("Community plot");
    }

    @Test
    void a_renamed_section_renames_it_in_its_tasks() {
        UUID section = world.section(garden, ada, "Backlog");
        TaskState task = withSectionLabelsAndDescription(
                world.taskState(garden, ada, "Build a cold frame"), section, List.of(), "");
        world.created(task, ada);
        awaitHits(ada, "backlog frame", containsId(task.taskId()));

        world.renameSection(section, garden, ada, "This weekend");

        awaitHits(ada, "weekend frame", containsId(task.taskId()));
        awaitHits(ada, "backlog frame", List::isEmpty);
    }

    @Test
    void a_comment_is_found_titled_by_its_task_and_follows_edits_and_deletion() {
        TaskState task = world.task(garden, ada, "Buy compost");
        UUID comment = world.comment(
                garden,
                task.taskId(),
                ada,
                "Ask @[Bob Smith](user:" + UUID.randomUUID() + ") about the peat-free compost");

        Api.Response hits = awaitHits(ada, "peat ", containsId(comment));
        JsonNode hit = hits.items().getFirst();
        assertThat(hit.get("type").asString()).isEqualTo("comment");
        assertThat(hit.get("taskId").asString()).isEqualTo(task.taskId().toString());
        assertThat(hit.get("title").asString()).isEqualTo("Buy compost");
        assertThat(hit.get("highlights").get(0).get("snippet").asString())
                .isEqualTo("Ask @Bob Smith about the <mark>peat</mark>-free compost");

        world.editComment(comment, garden, task.taskId(), ada, "Leaf mould instead");
        awaitHits(ada, "mould ", containsId(comment));
        awaitHits(ada, "peat ", List::isEmpty);

        world.deleteComment(comment, garden, task.taskId(), ada);
        awaitHits(ada, "mould ", List::isEmpty);
    }

    @Test
    void calendar_events_are_found_and_a_personal_one_only_by_its_creator() {
        Person bob = world.user("Bob");
        world.join(garden, bob, ProjectEvents.MEMBER);
        UUID fair = world.calendarEvent(
                garden, ada, "Seed swap fair", "Bring labelled envelopes", LocalDate.parse("2026-04-11"));
        UUID dentist = world.calendarEvent(
                null, ada, "Dentist", "Check-up at the seedling clinic", LocalDate.parse("2026-04-12"));

        Api.Response hits = awaitHits(ada, "envelopes ", containsId(fair));
        assertThat(hits.items().getFirst().get("type").asString()).isEqualTo("event");
        assertThat(hits.items().getFirst().get("due").asString()).isEqualTo("2026-04-11");
        awaitHits(ada, "dentist ", containsId(dentist));
        awaitHits(bob, "envelopes ", containsId(fair));
        assertThat(search(bob, "q", "dentist ").itemValues("id")).isEmpty();

        world.deleteCalendarEvent(fair, garden, ada);
        awaitHits(ada, "envelopes ", List::isEmpty);
    }

    @Test
    void a_deleted_project_takes_everything_in_it_and_its_late_events_are_ignored() {
        Person bob = world.user("Bob");
        UUID project = world.project(bob, "Shed rebuild");
        TaskState task = world.task(project, bob, "Creosote the shed");
        world.comment(project, task.taskId(), bob, "creosote smells");
        world.calendarEvent(project, bob, "Creosote delivery", "", LocalDate.parse("2026-05-01"));
        awaitHits(bob, "creosote ", ids -> ids.size() == 3);

        world.deleteProject(project, bob);
        world.task(project, bob, "Creosote late task");

        TaskState marker = world.task(garden, ada, "Creosote marker");
        awaitHits(ada, "creosote marker", containsId(marker.taskId()));
        assertThat(jdbc.sql("select count(*) from search_document where project_id = :p")
                        .param("p", project)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_moved_task_takes_its_comments_to_its_new_project() {
        Person bob = world.user("Bob");
        UUID shared = world.project(ada, "Shared beds");
        world.join(shared, bob, ProjectEvents.MEMBER);
        TaskState task = world.task(garden, ada, "Trellis for the beans");
        UUID comment = world.comment(garden, task.taskId(), ada, "trellis wire is in the shed");
        awaitHits(ada, "wire ", containsId(comment));
        assertThat(search(bob, "q", "wire ").itemValues("id")).isEmpty();

        world.moved(moved(task, shared), garden, ada);

        awaitHits(bob, "wire ", containsId(comment));
        awaitHits(bob, "trellis beans", containsId(task.taskId()));
    }

    @Test
    void how_fresh_the_index_is_is_timed() {
        TaskState task = world.task(garden, ada, "Time the freshness");
        awaitHits(ada, "freshness ", containsId(task.taskId()));

        await().atMost(Duration.ofSeconds(5))
                .until(() -> meters.get("ordo.search.freshness")
                                .tag("type", "task")
                                .timer()
                                .count()
                        > 0);
    }

    private static TaskState withSectionLabelsAndDescription(
            TaskState t, UUID section, List<String> labels, String description) {
        return new TaskState(
                t.taskId(),
                t.projectId(),
                section,
                t.parentId(),
                t.title(),
                t.status(),
                t.priority(),
                t.dueDate(),
                t.dueDatetime(),
                t.dueTimezone(),
                t.deadline(),
                t.assigneeId(),
                labels,
                t.createdBy(),
                t.createdAt(),
                t.completedAt(),
                t.version(),
                t.dueString(),
                t.recurrence(),
                t.fromCompletion(),
                t.durationMinutes(),
                description);
    }

    private static TaskState retitled(TaskState t, String title) {
        return new TaskState(
                t.taskId(),
                t.projectId(),
                t.sectionId(),
                t.parentId(),
                title,
                t.status(),
                t.priority(),
                t.dueDate(),
                t.dueDatetime(),
                t.dueTimezone(),
                t.deadline(),
                t.assigneeId(),
                t.labels(),
                t.createdBy(),
                t.createdAt(),
                t.completedAt(),
                t.version(),
                t.dueString(),
                t.recurrence(),
                t.fromCompletion(),
                t.durationMinutes(),
                t.description());
    }

    private static TaskState completed(TaskState t) {
        return new TaskState(
                t.taskId(),
                t.projectId(),
                t.sectionId(),
                t.parentId(),
                t.title(),
                "COMPLETED",
                t.priority(),
                t.dueDate(),
                t.dueDatetime(),
                t.dueTimezone(),
                t.deadline(),
                t.assigneeId(),
                t.labels(),
                t.createdBy(),
                t.createdAt(),
                java.time.Instant.now(),
                t.version(),
                t.dueString(),
                t.recurrence(),
                t.fromCompletion(),
                t.durationMinutes(),
                t.description());
    }

    private static TaskState moved(TaskState t, UUID project) {
        return new TaskState(
                t.taskId(),
                project,
                null,
                t.parentId(),
                t.title(),
                t.status(),
                t.priority(),
                t.dueDate(),
                t.dueDatetime(),
                t.dueTimezone(),
                t.deadline(),
                t.assigneeId(),
                t.labels(),
                t.createdBy(),
                t.createdAt(),
                t.completedAt(),
                t.version(),
                t.dueString(),
                t.recurrence(),
                t.fromCompletion(),
                t.durationMinutes(),
                t.description());
    }
}
