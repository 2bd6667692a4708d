package dev.ordo.search.indexing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.ordo.contracts.calendar.CalendarEvents;
import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.platform.events.EventSubscriptions;
import dev.ordo.platform.events.ReplayableReadModel;
import dev.ordo.platform.memberships.MembershipChanges;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What search consumes (consumer group {@code search}): tasks and sections, comments, calendar events, and projects
 * through the memberships replica. Labels need nothing of their own: a renamed or deleted label changes its tasks,
 * each announced with a task event.
 */
@Configuration(proxyBeanMethods = false)
class IndexingConfiguration {

    @Bean
    EventSubscriptions searchTaskEvents(Indexer indexer) {
        return new EventSubscriptions()
                .on(TaskEvents.TASK_CREATED, (d, e) -> indexer.task(d.task(), e))
                .on(TaskEvents.TASK_UPDATED, (d, e) -> indexer.task(d.task(), e))
                .on(TaskEvents.TASK_COMPLETED, (d, e) -> indexer.task(d.task(), e))
                .on(TaskEvents.TASK_REOPENED, (d, e) -> indexer.task(d.task(), e))
                .on(TaskEvents.TASK_CANCELLED, (d, e) -> indexer.task(d.task(), e))
                .on(TaskEvents.TASK_MOVED, (d, e) -> indexer.task(d.task(), e))
                .on(TaskEvents.TASK_ASSIGNED, (d, e) -> indexer.task(d.task(), e))
                .on(TaskEvents.TASK_PRIORITY_CHANGED, (d, e) -> indexer.task(d.task(), e))
                .on(TaskEvents.TASK_DELETED, indexer::taskDeleted)
                .on(TaskEvents.SECTION_CREATED, (d, e) -> indexer.section(d.section(), e))
                .on(TaskEvents.SECTION_UPDATED, (d, e) -> indexer.section(d.section(), e))
                .on(TaskEvents.SECTION_DELETED, indexer::sectionDeleted);
    }

    @Bean
    EventSubscriptions searchCommentEvents(Indexer indexer) {
        return new EventSubscriptions()
                .on(CommentEvents.COMMENT_CREATED, (d, e) -> indexer.comment(d.comment(), e))
                .on(CommentEvents.COMMENT_UPDATED, (d, e) -> indexer.comment(d.comment(), e))
                .on(CommentEvents.COMMENT_DELETED, indexer::commentDeleted);
    }

    @Bean
    EventSubscriptions searchCalendarEvents(Indexer indexer) {
        return new EventSubscriptions()
                .on(CalendarEvents.EVENT_CREATED, (d, e) -> indexer.calendarEvent(d.event(), e))
                .on(CalendarEvents.EVENT_UPDATED, (d, e) -> indexer.calendarEvent(d.event(), e))
                .on(CalendarEvents.EVENT_DELETED, indexer::calendarEventDeleted);
    }

    /**
     * Projects come through the memberships replica (which alone may subscribe to their events): a change it takes
     * indexes the project, a deletion empties it. A removed member needs nothing here: searches ask the replica who
     * sees what, so the member stops finding the project's things as soon as the replica forgets them.
     */
    @Bean
    MembershipChanges searchProjectChanges(Indexer indexer) {
        return new MembershipChanges() {
            @Override
            public void projectChanged(ProjectEvents.ProjectState project, EventEnvelope<?> event) {
                indexer.projectChanged(project, event);
            }

            @Override
            public void projectDeleted(UUID projectId, UUID actor, EventEnvelope<?> event) {
                indexer.projectDeleted(projectId, event);
            }
        };
    }

    /**
     * For {@code POST /actuator/replay} ({@code ./ordo replay search}): a shadow generation is begun, what the
     * indexer keeps is emptied, and the replay fills both; the live index answers searches until the shadow, caught
     * up, is swapped in ({@link Rebuilds}).
     */
    @Bean
    ReplayableReadModel searchIndex(Rebuilds rebuilds, IndexedTasks tasks, IndexedSections sections) {
        return new ReplayableReadModel() {
            @Override
            public String name() {
                return "search-index";
            }

            @Override
            public void reset() {
                tasks.reset();
                sections.reset();
                rebuilds.begin();
            }
        };
    }

    /** Swaps a rebuild's shadow generation in once the replay has caught up. */
    @Bean
    RecurringTask<Void> searchRebuildCompletion(
            Rebuilds rebuilds, @Value("${ordo.search.rebuild-check-interval:5s}") Duration interval) {
        return Tasks.recurring("search-rebuild-completion", Schedules.fixedDelay(interval))
                .execute((instance, context) -> rebuilds.completeIfCaughtUp());
    }

    @Bean
    MeterBinder searchRebuildMeter(Rebuilds rebuilds) {
        return registry -> Gauge.builder("ordo.search.rebuilding", rebuilds, r -> r.underWay() ? 1 : 0)
                .description("1 while a rebuild fills the shadow generation of the index, else 0")
                .register(registry);
    }
}
