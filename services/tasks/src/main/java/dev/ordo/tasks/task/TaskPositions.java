package dev.ordo.tasks.task;

import dev.ordo.tasks.web.Positions;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where a task goes by default among its siblings: after the last one. When the last one sits at the end
 * of the range ({@link Positions#MAX}, which any member may write), the siblings are renumbered first, each
 * with its task.updated event, so one member's position never breaks creating tasks for the others.
 */
@Component
class TaskPositions {

    private final Tasks tasks;
    private final TaskEventLog events;
    private final Clock clock;

    TaskPositions(Tasks tasks, TaskEventLog events, Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** @param except a task about to be placed there (a move), left out of its new siblings; or null */
    long next(UUID projectId, UUID parentId, UUID except, UUID actor) {
        OptionalLong next = Positions.after(tasks.lastPosition(projectId, parentId, except));
        if (next.isPresent()) {
            return next.getAsLong();
        }
        Tasks.Renumbered renumbered =
                tasks.renumber(projectId, parentId, except, clock.instant().truncatedTo(ChronoUnit.MICROS));
        tasks.byIds(renumbered.changed()).forEach(t -> events.updated(t, List.of("position"), actor));
        return Positions.afterRenumbered(renumbered.siblings());
    }
}
