package dev.ordo.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.search.support.IntegrationTestBase;
import dev.ordo.search.support.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A hit appears only if its caller can see it now. */
class PermissionIT extends IntegrationTestBase {

    private Person ada;
    private Person bob;
    private UUID lab;

    @BeforeEach
    void adaBobAndTheLab() {
        ada = world.user("Ada");
        bob = world.user("Bob");
        lab = world.project(ada, "Lab");
    }

    @Test
    void a_stranger_never_finds_anothers_task_comment_event_or_project() {
        TaskState task = world.task(lab, ada, "Calibrate the spectrometer");
        UUID comment = world.comment(lab, task.taskId(), ada, "spectrometer drift again");
        UUID event = world.calendarEvent(lab, ada, "Spectrometer service", "", LocalDate.parse("2026-06-01"));
        world.renameProject(lab, ada, "Spectrometer lab", "");
        awaitHits(ada, "spectrometer ", ids -> ids.size() == 4);

        assertThat(search(bob, "q", "spectrometer ").items()).isEmpty();
        assertThat(search(bob, "q", "spectrometer ", "types", "task,comment,event,project")
                        .items())
                .isEmpty();
        assertThat(List.of(task.taskId(), comment, event)).isNotEmpty();
    }

    @Test
    void every_member_finds_the_projects_things_a_viewer_too() {
        world.join(lab, bob, ProjectEvents.VIEWER);
        TaskState task = world.task(lab, ada, "Order pipettes");

        awaitHits(bob, "pipettes ", containsId(task.taskId()));
    }

    @Test
    void a_removed_member_stops_finding_the_projects_things_at_once() {
        world.join(lab, bob, ProjectEvents.MEMBER);
        TaskState task = world.task(lab, ada, "Autoclave the flasks");
        UUID comment = world.comment(lab, task.taskId(), ada, "flasks are in cabinet B");
        awaitHits(bob, "flasks ", ids -> ids.containsAll(List.of(task.taskId().toString(), comment.toString())));

        world.leave(lab, bob); // returns once the replica has forgotten him

        assertThat(search(bob, "q", "flasks ").items()).isEmpty();
        assertThat(search(ada, "q", "flasks ").items()).hasSize(2);
    }

    @Test
    void an_archived_projects_things_are_no_hits() {
        TaskState task = world.task(lab, ada, "Archive the centrifuge logs");
        awaitHits(ada, "centrifuge ", containsId(task.taskId()));

        world.archiveProject(lab, ada, "Lab");

        assertThat(search(ada, "q", "centrifuge ").items()).isEmpty();
    }

    @Test
    void a_deleted_task_disappears_from_every_members_results() {
        world.join(lab, bob, ProjectEvents.MEMBER);
        TaskState task = world.task(lab, ada, "Dispose of the reagents");
        awaitHits(bob, "reagents ", containsId(task.taskId()));

        world.deleted(task, ada);

        awaitHits(bob, "reagents ", List::isEmpty);
        awaitHits(ada, "reagents ", List::isEmpty);
    }

    @Test
    void a_personal_calendar_event_is_its_creators_alone() {
        world.join(lab, bob, ProjectEvents.MEMBER);
        UUID mine = world.calendarEvent(null, ada, "Physiotherapy", "", LocalDate.parse("2026-06-02"));
        awaitHits(ada, "physiotherapy ", containsId(mine));

        assertThat(search(bob, "q", "physiotherapy ").items()).isEmpty();
    }

    @Test
    void filtering_on_a_project_i_may_not_see_is_not_found() {
        var answer = search(bob, "q", "anything", "projectId", lab.toString());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem()).isEqualTo("not-found");
    }
}
